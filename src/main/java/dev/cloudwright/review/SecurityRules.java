package dev.cloudwright.review;

import static dev.cloudwright.review.Pillar.OPERATIONS;
import static dev.cloudwright.review.Pillar.SECURITY;
import static dev.cloudwright.review.Severity.CRITICAL;
import static dev.cloudwright.review.Severity.HIGH;
import static dev.cloudwright.review.Severity.LOW;
import static dev.cloudwright.review.Severity.MEDIUM;
import static dev.cloudwright.review.Rules.meta;
import static dev.cloudwright.review.Rules.setting;

import dev.cloudwright.model.Keys;
import java.util.List;

/** Security rules: exposure, encryption at rest and in transit, keys, identities, secrets and audit trails. */
final class SecurityRules {
    private SecurityRules() {}

    static final List<Rule> ALL = List.of(
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
                    }"""), Keys.ACCESS_LOGS, Boolean.TRUE::equals, true, "log requests to S3"));
}
