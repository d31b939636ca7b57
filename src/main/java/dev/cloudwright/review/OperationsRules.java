package dev.cloudwright.review;

import static dev.cloudwright.review.Pillar.OPERATIONS;
import static dev.cloudwright.review.Severity.LOW;
import static dev.cloudwright.review.Severity.MEDIUM;
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
                    "never-expiring logs cost more every month; keep them as long as the audit regime asks"),

            // ------------------------------------------------------------------ operational excellence: alarms
            new AlarmRule(meta("CW-AWS-200", "Database watched by an alarm", OPERATIONS, MEDIUM, "aws.rds,aws.aurora", "", "", """
                    resource "aws_cloudwatch_metric_alarm" "db_cpu" {
                      alarm_name          = "db-cpu"
                      namespace           = "AWS/RDS"
                      metric_name         = "CPUUtilization"
                      dimensions          = { DBInstanceIdentifier = aws_db_instance.this.identifier }
                      statistic           = "Average"
                      period              = 300
                      evaluation_periods  = 3
                      threshold           = 80
                      comparison_operator = "GreaterThanThreshold"
                      alarm_actions       = [aws_sns_topic.ops.arn]
                    }"""), "alarm on CPU, free storage and connections before users notice", (c, a) -> true),
            new AlarmRule(meta("CW-AWS-201", "Load balancer watched by an alarm", OPERATIONS, MEDIUM, "aws.alb,aws.nlb", "", "", """
                    resource "aws_cloudwatch_metric_alarm" "lb_5xx" {
                      alarm_name          = "lb-5xx"
                      namespace           = "AWS/ApplicationELB"
                      metric_name         = "HTTPCode_Target_5XX_Count"
                      dimensions          = { LoadBalancer = aws_lb.this.arn_suffix }
                      statistic           = "Sum"
                      period              = 60
                      evaluation_periods  = 5
                      threshold           = 10
                      comparison_operator = "GreaterThanThreshold"
                      alarm_actions       = [aws_sns_topic.ops.arn]
                    }"""), "alarm on 5xx responses, latency and unhealthy hosts", (c, a) -> true),
            new AlarmRule(meta("CW-AWS-202", "Dead-letter queue depth alarmed", OPERATIONS, MEDIUM, "aws.sqs", "", "", """
                    resource "aws_cloudwatch_metric_alarm" "dlq" {
                      alarm_name          = "dlq-not-empty"
                      namespace           = "AWS/SQS"
                      metric_name         = "ApproximateNumberOfMessagesVisible"
                      dimensions          = { QueueName = aws_sqs_queue.dlq.name }
                      statistic           = "Maximum"
                      period              = 300
                      evaluation_periods  = 1
                      threshold           = 0
                      comparison_operator = "GreaterThanThreshold"
                      alarm_actions       = [aws_sns_topic.ops.arn]
                    }"""), "a message in a dead-letter queue is a failure someone must look at", (c, a) -> c.isTrue(Keys.DEAD_LETTER_TARGET)),

            // ------------------------------------------------------------------ operational excellence: failure handling and monitoring
            setting(meta("CW-AWS-203", "Queue has a dead-letter queue", OPERATIONS, LOW, "aws.sqs", "", "", """
                    redrive_policy = jsonencode({
                      deadLetterTargetArn = aws_sqs_queue.dlq.arn
                      maxReceiveCount     = 5
                    })"""), Keys.DEAD_LETTER, Boolean.TRUE::equals, true, "a poison message otherwise blocks consumers until it expires"),
            setting(meta("CW-AWS-204", "Lambda failures kept in a dead-letter queue or destination", OPERATIONS, LOW, "aws.lambda", "", "CKV_AWS_116", """
                    dead_letter_config {
                      target_arn = aws_sqs_queue.dlq.arn
                    }"""), Keys.DEAD_LETTER, Boolean.TRUE::equals, true, "failed asynchronous events are otherwise lost after two retries"),
            setting(meta("CW-AWS-205", "EC2 detailed monitoring", OPERATIONS, LOW, "aws.ec2,aws.ec2-asg,aws.ecs-ec2", "", "CKV_AWS_126", "monitoring = true"),
                    Keys.DETAILED_MONITORING, Boolean.TRUE::equals, true, "one-minute metrics let alarms and scaling react in time"),
            setting(meta("CW-AWS-206", "Database enhanced monitoring", OPERATIONS, LOW, "aws.rds,aws.aurora", "", "CKV_AWS_118", """
                    monitoring_interval = 60
                    monitoring_role_arn = aws_iam_role.rds_monitoring.arn"""), Keys.MONITORING_INTERVAL, v -> v > 0, 60,
                    "operating-system metrics show what CPU and memory the engine really uses"),
            setting(meta("CW-AWS-207", "Database Performance Insights", OPERATIONS, LOW, "aws.rds,aws.aurora", "", "",
                    "performance_insights_enabled = true"), Keys.PERFORMANCE_INSIGHTS, Boolean.TRUE::equals, true,
                    "which queries load the database, kept 7 days at no charge"),
            setting(meta("CW-AWS-208", "Step Functions state machine traced", OPERATIONS, LOW, "aws.step-functions", "", "", """
                    tracing_configuration {
                      enabled = true
                    }"""), Keys.TRACING, "Active"::equals, "Active", "X-Ray follows an execution through the services it calls"));
}
