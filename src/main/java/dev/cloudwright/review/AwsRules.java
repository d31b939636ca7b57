package dev.cloudwright.review;

import static dev.cloudwright.review.Pillar.COST;
import static dev.cloudwright.review.Pillar.OPERATIONS;
import static dev.cloudwright.review.Pillar.RELIABILITY;
import static dev.cloudwright.review.Pillar.SECURITY;
import static dev.cloudwright.review.Pillar.SUSTAINABILITY;
import static dev.cloudwright.review.Severity.CRITICAL;
import static dev.cloudwright.review.Severity.HIGH;
import static dev.cloudwright.review.Severity.LOW;
import static dev.cloudwright.review.Severity.MEDIUM;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Key;
import dev.cloudwright.model.Keys;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The rule catalogue, one explicit list: each entry is a rule's metadata beside its check (a setting and what it must
 * be). Ids are stable; a rule that goes is retired, its id not reused. Related ids are the same check in Checkov and
 * Trivy; controls are the compliance tags of {@code compliance/requirements.tsv} the rule supports.
 */
public final class AwsRules {
    private AwsRules() {}

    public static final List<Rule> ALL = List.of(
            // ------------------------------------------------------------------ security: exposure
            setting(meta("CW-AWS-001", "S3 bucket blocks public access", SECURITY, HIGH, "aws.s3", "network-segmentation",
                    "CKV2_AWS_6 AVD-AWS-0094", """
                    resource "aws_s3_bucket_public_access_block" "this" {
                      bucket                  = aws_s3_bucket.this.id
                      block_public_acls       = true
                      block_public_policy     = true
                      ignore_public_acls      = true
                      restrict_public_buckets = true
                    }"""), Keys.PUBLIC_ACCESS_BLOCKED, Boolean.TRUE::equals, true, "block public access unless the bucket is meant to be public"),
            setting(meta("CW-AWS-002", "Database not reachable from the internet", SECURITY, CRITICAL, "role:DATABASE", "network-segmentation",
                    "CKV_AWS_17 AVD-AWS-0082 AVD-AWS-0180", "publicly_accessible = false"), Keys.PUBLIC_ENDPOINT, Boolean.FALSE::equals, false,
                    "keep databases in private subnets, reached from the application tier"),
            setting(meta("CW-AWS-003", "EKS cluster API not public", SECURITY, HIGH, "aws.eks", "network-segmentation",
                    "CKV_AWS_39 AVD-AWS-0040", """
                    vpc_config {
                      endpoint_private_access = true
                      endpoint_public_access  = false
                    }"""), Keys.PUBLIC_ENDPOINT, Boolean.FALSE::equals, false, "reach the API from the VPC (or restrict public_access_cidrs)"),
            setting(meta("CW-AWS-004", "EC2 instance metadata requires IMDSv2 tokens", SECURITY, HIGH, "aws.ec2,aws.ec2-asg,aws.ecs-ec2", "least-privilege",
                    "CKV_AWS_79 AVD-AWS-0028", """
                    metadata_options {
                      http_tokens = "required"
                    }"""), Keys.IMDSV2_REQUIRED, Boolean.TRUE::equals, true, "require session tokens so SSRF cannot read the role's credentials"),
            setting(meta("CW-AWS-005", "Load balancer drops invalid HTTP headers", SECURITY, MEDIUM, "aws.alb", "",
                    "CKV_AWS_131 AVD-AWS-0052", "drop_invalid_header_fields = true"), Keys.DROP_INVALID_HEADERS, Boolean.TRUE::equals, true,
                    "drop headers that enable request smuggling"),
            setting(meta("CW-AWS-006", "CloudFront requires TLS 1.2 or later", SECURITY, HIGH, "aws.cloudfront", "encryption-in-transit",
                    "CKV_AWS_174 AVD-AWS-0013", """
                    viewer_certificate {
                      acm_certificate_arn      = var.certificate_arn
                      ssl_support_method       = "sni-only"
                      minimum_protocol_version = "TLSv1.2_2021"
                    }"""), Keys.MIN_TLS, v -> v.startsWith("TLSv1.2") || v.startsWith("TLSv1.3"), null, "set minimum_protocol_version to TLSv1.2_2021"),

            // ------------------------------------------------------------------ security: encryption at rest
            setting(meta("CW-AWS-010", "RDS instance storage encrypted", SECURITY, HIGH, "aws.rds", "encryption-at-rest",
                    "CKV_AWS_16 AVD-AWS-0080", "storage_encrypted = true"), Keys.ENCRYPTED_AT_REST, Boolean.TRUE::equals, true,
                    "encryption can only be chosen at creation: restore from an encrypted snapshot copy"),
            setting(meta("CW-AWS-011", "Aurora cluster storage encrypted", SECURITY, HIGH, "aws.aurora", "encryption-at-rest",
                    "CKV_AWS_96 AVD-AWS-0079", "storage_encrypted = true"), Keys.ENCRYPTED_AT_REST, Boolean.TRUE::equals, true,
                    "encryption can only be chosen at creation: restore from an encrypted snapshot copy"),
            setting(meta("CW-AWS-012", "ElastiCache encrypted at rest", SECURITY, HIGH, "aws.elasticache", "encryption-at-rest",
                    "CKV_AWS_29 AVD-AWS-0045", "at_rest_encryption_enabled = true"), Keys.ENCRYPTED_AT_REST, Boolean.TRUE::equals, true,
                    "set at creation of the replication group"),
            setting(meta("CW-AWS-013", "EBS volume encrypted", SECURITY, HIGH, "aws.ebs", "encryption-at-rest",
                    "CKV_AWS_3 AVD-AWS-0026", "encrypted = true"), Keys.ENCRYPTED_AT_REST, Boolean.TRUE::equals, true,
                    "or turn on EBS encryption by default for the account (aws_ebs_encryption_by_default)"),
            setting(meta("CW-AWS-014", "EFS file system encrypted", SECURITY, HIGH, "aws.efs", "encryption-at-rest",
                    "CKV_AWS_42 AVD-AWS-0037", "encrypted = true"), Keys.ENCRYPTED_AT_REST, Boolean.TRUE::equals, true, "set at creation"),
            setting(meta("CW-AWS-015", "SQS queue encrypted", SECURITY, MEDIUM, "aws.sqs", "encryption-at-rest",
                    "CKV_AWS_27 AVD-AWS-0096", "sqs_managed_sse_enabled = true"), Keys.ENCRYPTED_AT_REST, Boolean.TRUE::equals, true,
                    "SQS-managed keys cost nothing; a KMS key adds control"),
            setting(meta("CW-AWS-016", "SNS topic encrypted", SECURITY, MEDIUM, "aws.sns", "encryption-at-rest",
                    "CKV_AWS_26 AVD-AWS-0095", "kms_master_key_id = \"alias/aws/sns\""), Keys.ENCRYPTED_AT_REST, Boolean.TRUE::equals, true,
                    "name a KMS key"),
            setting(meta("CW-AWS-017", "EKS secrets envelope-encrypted", SECURITY, MEDIUM, "aws.eks", "key-management",
                    "CKV_AWS_58 AVD-AWS-0039", """
                    encryption_config {
                      resources = ["secrets"]
                      provider {
                        key_arn = aws_kms_key.eks.arn
                      }
                    }"""), Keys.SECRETS_ENCRYPTION, Boolean.TRUE::equals, true, "encrypt Kubernetes secrets with a KMS key"),

            // ------------------------------------------------------------------ security: encryption in transit, keys, audit
            setting(meta("CW-AWS-020", "ElastiCache encrypted in transit", SECURITY, HIGH, "aws.elasticache", "encryption-in-transit",
                    "CKV_AWS_30 AVD-AWS-0051", "transit_encryption_enabled = true"), Keys.ENCRYPTED_IN_TRANSIT, Boolean.TRUE::equals, true,
                    "clients then connect with TLS"),
            setting(meta("CW-AWS-021", "KMS key rotated yearly", SECURITY, MEDIUM, "aws.kms", "key-management",
                    "CKV_AWS_7 AVD-AWS-0065", "enable_key_rotation = true"), Keys.ROTATION, Boolean.TRUE::equals, true,
                    "automatic rotation keeps old key material for decryption"),
            setting(meta("CW-AWS-022", "Secret rotated automatically", SECURITY, MEDIUM, "aws.secrets-manager", "key-management", "", """
                    resource "aws_secretsmanager_secret_rotation" "this" {
                      secret_id           = aws_secretsmanager_secret.this.id
                      rotation_lambda_arn = aws_lambda_function.rotate.arn
                      rotation_rules {
                        automatically_after_days = 30
                      }
                    }"""), Keys.ROTATION, Boolean.TRUE::equals, null, "rotate with a rotation function"),
            setting(meta("CW-AWS-023", "CloudTrail validates its log files", SECURITY, MEDIUM, "aws.cloudtrail", "log-integrity",
                    "CKV_AWS_36 AVD-AWS-0016", "enable_log_file_validation = true"), Keys.LOG_FILE_VALIDATION, Boolean.TRUE::equals, true,
                    "digest files prove the logs were not changed"),
            setting(meta("CW-AWS-024", "VPC flow logs enabled", SECURITY, MEDIUM, "aws.vpc", "audit-logging",
                    "CKV2_AWS_11 AVD-AWS-0178", """
                    resource "aws_flow_log" "this" {
                      vpc_id               = aws_vpc.this.id
                      traffic_type         = "ALL"
                      log_destination_type = "s3"
                      log_destination      = aws_s3_bucket.logs.arn
                    }"""), Keys.FLOW_LOGS, v -> !v.equals("none"), null, "log the VPC's traffic for investigations"),
            setting(meta("CW-AWS-025", "S3 bucket access logged", OPERATIONS, LOW, "aws.s3", "audit-logging",
                    "CKV_AWS_18 AVD-AWS-0089", """
                    resource "aws_s3_bucket_logging" "this" {
                      bucket        = aws_s3_bucket.this.id
                      target_bucket = aws_s3_bucket.logs.id
                      target_prefix = "s3/"
                    }"""), Keys.ACCESS_LOGGING, Boolean.TRUE::equals, null, "log requests to a separate bucket"),
            setting(meta("CW-AWS-026", "Load balancer access logs enabled", OPERATIONS, LOW, "aws.alb,aws.nlb", "audit-logging", "CKV_AWS_91", """
                    access_logs {
                      bucket  = aws_s3_bucket.logs.id
                      enabled = true
                    }"""), Keys.ACCESS_LOGS, Boolean.TRUE::equals, true, "log requests to S3"),

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
                    }"""), Keys.CIRCUIT_BREAKER, Boolean.TRUE::equals, true, "a failing deployment then rolls back by itself"),

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

            // ------------------------------------------------------------------ cost
            setting(meta("CW-AWS-050", "gp3 rather than gp2 volumes", COST, LOW, "aws.ebs", "", "", "type = \"gp3\""), Keys.STORAGE_TYPE,
                    v -> !v.equals("gp2"), "gp3", "gp3 costs less for the same size, with a fixed baseline of 3,000 IOPS"),
            setting(meta("CW-AWS-051", "No idle Elastic IP", COST, LOW, "aws.eip", "", "", "# release the address, or attach it"), Keys.ATTACHED_TO,
                    v -> !v.startsWith("not attached"), null, "an unattached address is billed by the hour"),

            // ------------------------------------------------------------------ sustainability
            setting(meta("CW-AWS-060", "Lambda on arm64 (Graviton)", SUSTAINABILITY, LOW, "aws.lambda", "", "", "architectures = [\"arm64\"]"),
                    Keys.ARCH, a -> a == Arch.ARM, Arch.ARM, "arm64 functions cost less per GB-second and use less energy"));

    /** The rule with {@code id}. */
    public static java.util.Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.meta().id().equals(id)).findFirst();
    }

    /** Production, or Terraform whose environment is not said (it is treated as production). */
    static boolean production(Component c, Architecture arch) {
        return !"staging".equals(arch.environment()) && !"development".equals(arch.environment());
    }

    private static RuleMeta meta(String id, String title, Pillar pillar, Severity severity, String appliesTo, String controls, String related,
            String fix) {
        return new RuleMeta(id, title, pillar, severity, split(appliesTo, ","), split(controls, ","), split(related, " "), fix);
    }

    private static List<String> split(String s, String sep) {
        return s.isEmpty() ? List.of() : Arrays.stream(s.split(sep)).map(String::trim).filter(Objects::nonNull).toList();
    }

    private static <T> Rule setting(RuleMeta meta, Key<T> key, Predicate<T> ok, T fix, String expectation) {
        return new SettingRule<>(meta, key, ok, fix, expectation, (c, a) -> true);
    }

    private static <T> Rule setting(RuleMeta meta, Key<T> key, Predicate<T> ok, T fix, String expectation,
            java.util.function.BiPredicate<Component, Architecture> when) {
        return new SettingRule<>(meta, key, ok, fix, expectation, when);
    }
}
