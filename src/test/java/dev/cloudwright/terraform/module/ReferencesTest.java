package dev.cloudwright.terraform.module;

import static dev.cloudwright.terraform.module.Tf.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cloudwright.terraform.eval.Value;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an argument refers to. Terraform's references are the resources an argument's expression names
 * (https://developer.hashicorp.com/terraform/language/resources/behavior#resource-dependencies); where a value
 * known only after apply comes from one resource instance, that instance is the precise reference. Each case
 * says what {@code terraform plan} shows for the argument and which instances its value comes from.
 */
class ReferencesTest {

    @TempDir
    Path dir;

    private static final String CONFIG = """
            resource "aws_ecs_cluster" "c" {
              name = "c"
            }
            resource "aws_ecs_service" "s" {
              name    = "api"
              cluster = aws_ecs_cluster.c.arn
            }
            resource "aws_sqs_queue" "dlq" {
              for_each = toset(["a", "b"])
              name     = "${each.key}-dlq"
            }
            locals {
              cluster_name = element(split("/", aws_ecs_cluster.c.arn), 1)
              queue        = "b"
            }
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                // plan: (known after apply); the service's name "api" is known, the cluster's name (from its ARN) is
                // not: the argument refers to both.
                Arguments.of("\"service/${local.cluster_name}/${aws_ecs_service.s.name}\"", List.of("aws_ecs_cluster.c", "aws_ecs_service.s")),
                // plan: "service/c/api", both names being configured.
                Arguments.of("\"service/${aws_ecs_cluster.c.name}/${aws_ecs_service.s.name}\"", List.of("aws_ecs_cluster.c", "aws_ecs_service.s")),
                // plan: (known after apply), the encoding of the "a" queue's ARN only.
                Arguments.of("jsonencode({ deadLetterTargetArn = aws_sqs_queue.dlq[\"a\"].arn })", List.of("aws_sqs_queue.dlq[\"a\"]")),
                // plan: (known after apply); the key is computed, the value is still the "b" queue's ARN.
                Arguments.of("jsonencode({ deadLetterTargetArn = aws_sqs_queue.dlq[local.queue].arn })", List.of("aws_sqs_queue.dlq[\"b\"]")),
                // plan: (known after apply): compact cannot drop an element it does not know; the cluster's ARN.
                Arguments.of("join(\",\", compact([aws_ecs_cluster.c.arn, \"\"]))", List.of("aws_ecs_cluster.c")),
                // plan: (known after apply), from the cluster and the service.
                Arguments.of("jsonencode([aws_ecs_cluster.c.arn, aws_ecs_service.s.id])", List.of("aws_ecs_cluster.c", "aws_ecs_service.s")));
    }

    @ParameterizedTest(name = "{0} refers to {1}")
    @MethodSource("cases")
    void argumentsReferToWhatTheirValueComesFrom(String expr, List<String> want) {
        var r = new Tf(dir).file("main.tf", CONFIG + "resource \"aws_ssm_parameter\" \"p\" {\n  name  = \"p\"\n  type  = \"String\"\n  value = " + expr
                + "\n}\n").clean();
        assertEquals(want, instance(r, "aws_ssm_parameter.p").body().attribute("value").references(), expr);
    }

    @Test
    void aFunctionOfOneUnknownKeepsItsOrigin() {
        // plan: redrive_policy is (known after apply) because aws_sqs_queue.dlq["a"].arn is.
        var r = new Tf(dir).file("main.tf", CONFIG + """
                resource "aws_sqs_queue" "q" {
                  name           = "q"
                  redrive_policy = jsonencode({ deadLetterTargetArn = aws_sqs_queue.dlq["a"].arn, maxReceiveCount = 3 })
                }
                """).clean();
        assertEquals(new Value.Unknown("aws_sqs_queue.dlq[\"a\"].arn is known only after apply", "aws_sqs_queue.dlq[\"a\"]"),
                Tf.attr(r, "aws_sqs_queue.q", "redrive_policy"));
    }
}
