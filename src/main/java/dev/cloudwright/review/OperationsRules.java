package dev.cloudwright.review;

import static dev.cloudwright.review.Pillar.OPERATIONS;
import static dev.cloudwright.review.Severity.LOW;
import static dev.cloudwright.review.Rules.meta;
import static dev.cloudwright.review.Rules.setting;

import dev.cloudwright.model.Keys;
import java.util.List;

/** Operational excellence rules: tracing, metrics, alarms, log retention and tags. */
final class OperationsRules {
    private OperationsRules() {}

    static final List<Rule> ALL = List.of(
            // ------------------------------------------------------------------ operational excellence
            setting(meta("CW-AWS-040", "Lambda function traced", OPERATIONS, LOW, "aws.lambda", "", "CKV_AWS_50", """
                    tracing_config {
                      mode = "Active"
                    }"""), Keys.TRACING, "Active"::equals, "Active", "X-Ray traces show where time goes"),
            setting(meta("CW-AWS-041", "ECS Container Insights", OPERATIONS, LOW, "aws.ecs-fargate,aws.ecs-ec2", "", "CKV_AWS_65", """
                    setting {
                      name  = "containerInsights"
                      value = "enabled"
                    }"""), Keys.CONTAINER_INSIGHTS, Boolean.TRUE::equals, true, "task-level CPU, memory and network metrics"),
            setting(meta("CW-AWS-042", "Log groups keep logs for a set time", OPERATIONS, LOW, "aws.cloudwatch", "log-retention-1y",
                    "CKV_AWS_338", "retention_in_days = 365"), Keys.LOG_RETENTION_DAYS, d -> d > 0, 365,
                    "never-expiring logs cost more every month; keep them as long as the audit regime asks"));
}
