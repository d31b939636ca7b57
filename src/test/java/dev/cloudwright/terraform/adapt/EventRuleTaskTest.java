package dev.cloudwright.terraform.adapt;

import static dev.cloudwright.terraform.adapt.Pipeline.defaulted;
import static dev.cloudwright.terraform.adapt.Pipeline.line;
import static dev.cloudwright.terraform.adapt.Pipeline.notWritten;
import static dev.cloudwright.terraform.adapt.Pipeline.price;
import static dev.cloudwright.terraform.adapt.Pipeline.unknownAt;
import static dev.cloudwright.terraform.adapt.Pipeline.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.CapacityType;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Usage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task definition with no service, run by an EventBridge rule's ECS target: a scheduled task, like one run by EventBridge Scheduler. */
class EventRuleTaskTest {

    @TempDir
    Path dir;

    private static final String TASK = """
            resource "aws_ecs_cluster" "batch" { name = "batch" }
            resource "aws_ecs_task_definition" "report" {
              family                   = "report"
              requires_compatibilities = ["FARGATE"]
              network_mode             = "awsvpc"
              cpu                      = 1024
              memory                   = 4096
              container_definitions    = "[]"
            }
            resource "aws_iam_role" "events" {
              name               = "events"
              assume_role_policy = "{}"
            }
            """;

    @Test
    void aRuleTargetRunningATaskIsAScheduledTask() throws IOException {
        Pipeline p = Pipeline.run(dir, "eu-north-1", TASK + """
                resource "aws_cloudwatch_event_rule" "nightly" {
                  name                = "nightly-report"
                  schedule_expression = "cron(0 2 * * ? *)"
                }
                resource "aws_cloudwatch_event_target" "nightly" {
                  rule     = aws_cloudwatch_event_rule.nightly.name
                  arn      = aws_ecs_cluster.batch.arn
                  role_arn = aws_iam_role.events.arn
                  ecs_target {
                    task_definition_arn = aws_ecs_task_definition.report.arn
                    launch_type         = "FARGATE"
                    task_count          = 2
                  }
                }
                """).nothingUnmodelled();
        assertEquals(List.of("aws_cloudwatch_event_target.nightly"), p.architecture().components().stream().map(Component::id).toList());
        Component t = p.component("aws_cloudwatch_event_target.nightly");
        assertEquals(Role.COMPUTE, t.role());
        assertEquals("aws.fargate-batch", t.service());
        written(t, Keys.SCHEDULE, "cron(0 2 * * ? *)", 17);
        written(t, Keys.CAPACITY, CapacityType.ON_DEMAND, 25);
        written(t, Keys.CLUSTER, "batch", 21);
        assertTrue(defaulted(t, Keys.ARCH, Arch.X86).contains("X86_64"));
        notWritten(t, Set.of(), Set.of("arch"));
        assertEquals("1vCPU-4GB", t.sizing().sku());
        assertEquals(2, t.sizing().max());
        assertEquals(0, t.sizing().min());
        assertEquals(List.of("aws_cloudwatch_event_target.nightly", "aws_cloudwatch_event_rule.nightly", "aws_ecs_task_definition.report"),
                Pipeline.resources(t));
        assertTrue(p.adapted.supporting().containsKey("aws_ecs_cluster.batch"));
        Component run = t.toBuilder().usage(Usage.VCPU_HOURS, 10).usage(Usage.GB_HOURS, 40).build();
        assertEquals(10, line(price(run), "fargate.vcpu.x86").quantity(), 1e-9);
    }

    @Test
    void aRuleNamedByItsNameWithAnEventPatternAndASpotStrategy() throws IOException {
        Pipeline p = Pipeline.run(dir, "eu-north-1", TASK + """
                resource "aws_cloudwatch_event_rule" "uploads" {
                  name          = "uploads"
                  state         = "DISABLED"
                  event_pattern = jsonencode({ source = ["aws.s3"] })
                }
                resource "aws_cloudwatch_event_target" "uploads" {
                  rule = "uploads"
                  arn  = aws_ecs_cluster.batch.arn
                  ecs_target {
                    task_definition_arn = aws_ecs_task_definition.report.arn
                    capacity_provider_strategy {
                      capacity_provider = "FARGATE_SPOT"
                      weight            = 1
                    }
                  }
                }
                """).nothingUnmodelled();
        Component t = p.component("aws_cloudwatch_event_target.uploads");
        written(t, Keys.SCHEDULE, "on events matching the rule's event pattern", 18);
        written(t, Keys.ENABLED, false, 17);
        written(t, Keys.CAPACITY, CapacityType.SPOT, 26);
        assertEquals(1, t.sizing().max(), "one task per run unless task_count says otherwise");
        assertTrue(Pipeline.resources(t).contains("aws_cloudwatch_event_rule.uploads"));
    }

    @Test
    void aRuleOutsideTheConfigurationLeavesTheScheduleUnknown() throws IOException {
        Pipeline p = Pipeline.run(dir, "eu-north-1", TASK + """
                resource "aws_cloudwatch_event_target" "elsewhere" {
                  rule = "shared-schedule"
                  arn  = aws_ecs_cluster.batch.arn
                  ecs_target {
                    task_definition_arn = aws_ecs_task_definition.report.arn
                  }
                }
                """).nothingUnmodelled();
        Component t = p.component("aws_cloudwatch_event_target.elsewhere");
        unknownAt(t, Keys.SCHEDULE, "shared-schedule is not in this configuration", 16);
        unknownAt(t, Keys.CAPACITY, "default capacity provider strategy", 15);
    }
}
