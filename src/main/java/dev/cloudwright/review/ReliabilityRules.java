package dev.cloudwright.review;

import static dev.cloudwright.review.Pillar.RELIABILITY;
import static dev.cloudwright.review.Severity.HIGH;
import static dev.cloudwright.review.Severity.MEDIUM;
import static dev.cloudwright.review.Rules.meta;
import static dev.cloudwright.review.Rules.setting;

import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Keys;
import java.util.List;

/** Reliability rules: redundancy across zones, backups and their retention, recovery and safe deployments. */
final class ReliabilityRules {
    private ReliabilityRules() {}

    static final List<Rule> ALL = List.of(
            // ------------------------------------------------------------------ reliability
            setting(meta("CW-AWS-030", "Database backups kept at least 7 days", RELIABILITY, HIGH, "aws.rds,aws.aurora", "backup",
                    "CKV_AWS_133 AVD-AWS-0077", "backup_retention_period = 7"), Keys.BACKUP_RETENTION_DAYS, d -> d >= 7, 7,
                    "keep a week of automated backups (point-in-time recovery needs them)"),
            setting(meta("CW-AWS-031", "Production RDS instance Multi-AZ", RELIABILITY, MEDIUM, "aws.rds", "dr-plan", "CKV_AWS_157",
                    "multi_az = true"), Keys.DEPLOYMENT, d -> d == Deployment.MULTI_AZ, Deployment.MULTI_AZ,
                    "a standby in another zone takes over in a minute or two", AwsRules::production),
            setting(meta("CW-AWS-032", "Database deletion protection", RELIABILITY, MEDIUM, "aws.rds,aws.aurora", "backup",
                    "CKV_AWS_139 CKV_AWS_293 AVD-AWS-0177", "deletion_protection = true"), Keys.DELETION_PROTECTION, Boolean.TRUE::equals, true,
                    "a stray destroy then fails instead of deleting the database", AwsRules::production),
            setting(meta("CW-AWS-033", "DynamoDB point-in-time recovery", RELIABILITY, MEDIUM, "aws.dynamodb", "backup",
                    "CKV_AWS_28 AVD-AWS-0024", """
                    point_in_time_recovery {
                      enabled = true
                    }"""), Keys.POINT_IN_TIME_RECOVERY, Boolean.TRUE::equals, true, "restore to any second of the last 35 days"),
            setting(meta("CW-AWS-034", "S3 versioning on data buckets", RELIABILITY, MEDIUM, "aws.s3", "backup",
                    "CKV_AWS_21 AVD-AWS-0090", """
                    resource "aws_s3_bucket_versioning" "this" {
                      bucket = aws_s3_bucket.this.id
                      versioning_configuration {
                        status = "Enabled"
                      }
                    }"""), Keys.VERSIONING, Boolean.TRUE::equals, true, "overwritten and deleted objects can then be recovered"),
            setting(meta("CW-AWS-035", "ECS deployment circuit breaker", RELIABILITY, MEDIUM, "aws.ecs-fargate,aws.ecs-ec2", "", "", """
                    deployment_circuit_breaker {
                      enable   = true
                      rollback = true
                    }"""), Keys.CIRCUIT_BREAKER, Boolean.TRUE::equals, true, "a failing deployment then rolls back by itself"));
}
