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
                    }"""), Keys.ACCESS_LOGS, Boolean.TRUE::equals, true, "log requests to S3"),

            // ------------------------------------------------------------------ security: public exposure
            setting(meta("CW-AWS-100", "EC2 instance has no public IP address", SECURITY, MEDIUM, "aws.ec2,aws.ec2-asg", "network-segmentation",
                    "CKV_AWS_88 AVD-AWS-0009", "associate_public_ip_address = false"), Keys.PUBLIC_ENDPOINT, Boolean.FALSE::equals, false,
                    "place instances in private subnets behind a load balancer; reach them with Session Manager"),
            setting(meta("CW-AWS-101", "ECS tasks get no public IP address", SECURITY, MEDIUM, "aws.ecs-fargate,aws.ecs-ec2", "network-segmentation", "", """
                    network_configuration {
                      subnets          = var.private_subnet_ids
                      assign_public_ip = false
                    }"""), Keys.PUBLIC_ENDPOINT, Boolean.FALSE::equals, false, "run tasks in private subnets; pull images through NAT or VPC endpoints"),
            setting(meta("CW-AWS-102", "Lambda function URL requires IAM authorization", SECURITY, HIGH, "aws.lambda", "least-privilege", "",
                    "authorization_type = \"AWS_IAM\""), Keys.FUNCTION_URL_AUTH, "AWS_IAM"::equals, "AWS_IAM",
                    "a URL with auth NONE lets anyone on the internet invoke the function; sign requests, or front it with API Gateway"),
            setting(meta("CW-AWS-103", "S3 bucket ACL grants no public access", SECURITY, HIGH, "aws.s3", "network-segmentation",
                    "CKV_AWS_20 CKV_AWS_57 AVD-AWS-0092", """
                    resource "aws_s3_bucket_ownership_controls" "this" {
                      bucket = aws_s3_bucket.this.id
                      rule {
                        object_ownership = "BucketOwnerEnforced"
                      }
                    }"""), Keys.ACL, v -> !List.of("public-read", "public-read-write", "authenticated-read").contains(v), "private",
                    "public-read, public-read-write and authenticated-read open the bucket to everyone; disable ACLs (BucketOwnerEnforced)"),
            setting(meta("CW-AWS-104", "S3 bucket policy allows no anonymous access", SECURITY, HIGH, "aws.s3", "network-segmentation,least-privilege",
                    "CKV_AWS_70", """
                    statement {
                      principals {
                        type        = "AWS"
                        identifiers = [aws_iam_role.reader.arn]
                      }
                      actions   = ["s3:GetObject"]
                      resources = ["${aws_s3_bucket.this.arn}/*"]
                    }"""), Keys.ANONYMOUS_ACCESS, Boolean.FALSE::equals, null,
                    "name the principals; serve public content through CloudFront with origin access control"),
            setting(meta("CW-AWS-105", "Redshift cluster not publicly accessible", SECURITY, HIGH, "aws.redshift", "network-segmentation", "CKV_AWS_87",
                    "publicly_accessible = false"), Keys.PUBLIC_ENDPOINT, Boolean.FALSE::equals, false, "keep the warehouse in private subnets"),
            setting(meta("CW-AWS-106", "OpenSearch domain inside a VPC", SECURITY, HIGH, "aws.opensearch", "network-segmentation", "", """
                    vpc_options {
                      subnet_ids         = var.private_subnet_ids
                      security_group_ids = [aws_security_group.search.id]
                    }"""), Keys.PUBLIC_ENDPOINT, Boolean.FALSE::equals, null,
                    "a domain outside a VPC has a public endpoint, guarded by its access policy alone (placement is chosen at creation)"),
            setting(meta("CW-AWS-107", "MSK brokers not reachable from the internet", SECURITY, HIGH, "aws.msk", "network-segmentation", "", """
                    connectivity_info {
                      public_access {
                        type = "DISABLED"
                      }
                    }"""), Keys.PUBLIC_ENDPOINT, Boolean.FALSE::equals, false, "clients connect from the VPC or over PrivateLink"),
            setting(meta("CW-AWS-108", "EKS public API limited to known networks", SECURITY, MEDIUM, "aws.eks", "network-segmentation",
                    "CKV_AWS_38 AVD-AWS-0041", """
                    vpc_config {
                      endpoint_public_access = true
                      public_access_cidrs    = ["203.0.113.0/24"]
                    }"""), Keys.PUBLIC_ACCESS_CIDRS, v -> !v.contains("0.0.0.0/0") && !v.contains("::/0"), null,
                    "a public API endpoint should accept only the networks of the operators and the CI", (c, a) -> c.isTrue(Keys.PUBLIC_ENDPOINT)),
            setting(meta("CW-AWS-109", "ECR repository policy allows no anonymous access", SECURITY, HIGH, "aws.ecr", "least-privilege", "", """
                    principals {
                      type        = "AWS"
                      identifiers = ["arn:aws:iam::111122223333:root"]
                    }"""), Keys.ANONYMOUS_ACCESS, Boolean.FALSE::equals, null, "name the accounts that may pull; anyone could otherwise read (or push) images"),
            setting(meta("CW-AWS-110", "SQS queue policy allows no anonymous access", SECURITY, HIGH, "aws.sqs", "least-privilege", "", """
                    condition {
                      test     = "ArnEquals"
                      variable = "aws:SourceArn"
                      values   = [aws_sns_topic.events.arn]
                    }"""), Keys.ANONYMOUS_ACCESS, Boolean.FALSE::equals, null,
                    "name the principals, or limit \"*\" with aws:SourceArn or aws:SourceAccount"),
            setting(meta("CW-AWS-111", "SNS topic policy allows no anonymous access", SECURITY, HIGH, "aws.sns", "least-privilege", "", """
                    condition {
                      test     = "StringEquals"
                      variable = "aws:SourceAccount"
                      values   = [data.aws_caller_identity.current.account_id]
                    }"""), Keys.ANONYMOUS_ACCESS, Boolean.FALSE::equals, null,
                    "name the principals, or limit \"*\" with aws:SourceArn or aws:SourceAccount"),
            setting(meta("CW-AWS-112", "OpenSearch access policy allows no anonymous access", SECURITY, HIGH, "aws.opensearch", "least-privilege", "", """
                    principals {
                      type        = "AWS"
                      identifiers = [aws_iam_role.search_client.arn]
                    }"""), Keys.ANONYMOUS_ACCESS, Boolean.FALSE::equals, null, "name the roles that may query the domain"),
            setting(meta("CW-AWS-113", "KMS key policy grants no permission to every principal", SECURITY, CRITICAL, "aws.kms", "key-management,least-privilege", "", """
                    principals {
                      type        = "AWS"
                      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
                    }"""), Keys.ANONYMOUS_ACCESS, Boolean.FALSE::equals, null,
                    "a key anyone may use protects nothing; grant the account and name the roles, or add a kms:CallerAccount condition"),
            setting(meta("CW-AWS-114", "API routes require authorization", SECURITY, MEDIUM, "aws.apigateway-http,aws.apigateway-rest,aws.apigateway-websocket",
                    "least-privilege", "CKV_AWS_59 AVD-AWS-0004", """
                    authorization_type = "JWT"
                    authorizer_id      = aws_apigatewayv2_authorizer.jwt.id"""), Keys.OPEN_ROUTES, Boolean.FALSE::equals, false,
                    "authorize every route (IAM, JWT, Cognito or a Lambda authorizer) unless it is meant to be public"),
            setting(meta("CW-AWS-115", "ECR scans images on push", SECURITY, MEDIUM, "aws.ecr", "vulnerability-scanning", "CKV_AWS_163 AVD-AWS-0030", """
                    image_scanning_configuration {
                      scan_on_push = true
                    }"""), Keys.IMAGE_SCANNING, Boolean.TRUE::equals, true, "find known vulnerabilities before the image runs"),
            setting(meta("CW-AWS-116", "ECR image tags are immutable", SECURITY, MEDIUM, "aws.ecr", "", "CKV_AWS_51 AVD-AWS-0031",
                    "image_tag_mutability = \"IMMUTABLE\""), Keys.IMMUTABLE_TAGS, Boolean.TRUE::equals, true,
                    "a pushed tag then always names the same image, so a deployment runs what was scanned and tested"),

            // ------------------------------------------------------------------ security: network access
            setting(meta("CW-AWS-120", "No SSH from the internet", SECURITY, HIGH, "role:COMPUTE,role:DATABASE,role:CACHE,role:LOAD_BALANCER,role:ANALYTICS,role:STREAMING,role:STORAGE,role:NETWORK", "network-segmentation", "CKV_AWS_24 AVD-AWS-0107", """
                    ingress {
                      from_port   = 22
                      to_port     = 22
                      protocol    = "tcp"
                      cidr_blocks = [var.admin_cidr]
                    }"""), Keys.SSH_FROM_INTERNET, Boolean.FALSE::equals, null, "use Session Manager, or allow SSH from the admin network only"),
            setting(meta("CW-AWS-121", "No RDP from the internet", SECURITY, HIGH, "role:COMPUTE,role:DATABASE,role:CACHE,role:LOAD_BALANCER,role:ANALYTICS,role:STREAMING,role:STORAGE,role:NETWORK", "network-segmentation", "CKV_AWS_25 AVD-AWS-0107", """
                    ingress {
                      from_port   = 3389
                      to_port     = 3389
                      protocol    = "tcp"
                      cidr_blocks = [var.admin_cidr]
                    }"""), Keys.RDP_FROM_INTERNET, Boolean.FALSE::equals, null, "use Fleet Manager or a bastion, or allow RDP from the admin network only"),
            setting(meta("CW-AWS-122", "No database or cache port open to the internet", SECURITY, HIGH, "role:COMPUTE,role:DATABASE,role:CACHE,role:LOAD_BALANCER,role:ANALYTICS,role:STREAMING,role:STORAGE,role:NETWORK", "network-segmentation", "AVD-AWS-0107", """
                    ingress {
                      from_port       = 5432
                      to_port         = 5432
                      protocol        = "tcp"
                      security_groups = [aws_security_group.app.id]
                    }"""), Keys.DATABASE_PORT_FROM_INTERNET, Boolean.FALSE::equals, null, "allow the data tier's ports from the application's security group only"),
            setting(meta("CW-AWS-123", "No security group opens every port to the internet", SECURITY, CRITICAL, "role:COMPUTE,role:DATABASE,role:CACHE,role:LOAD_BALANCER,role:ANALYTICS,role:STREAMING,role:STORAGE,role:NETWORK", "network-segmentation",
                    "CKV_AWS_277 AVD-AWS-0107", """
                    ingress {
                      from_port   = 443
                      to_port     = 443
                      protocol    = "tcp"
                      cidr_blocks = ["0.0.0.0/0"]
                    }"""), Keys.ALL_PORTS_FROM_INTERNET, Boolean.FALSE::equals, null, "open only the ports the service answers on"),
            setting(meta("CW-AWS-124", "Default security group allows no traffic", SECURITY, MEDIUM, "aws.vpc", "network-segmentation",
                    "CKV2_AWS_12 AVD-AWS-0173", """
                    resource "aws_default_security_group" "default" {
                      vpc_id = aws_vpc.this.id
                    }"""), Keys.DEFAULT_SECURITY_GROUP_RULES, Boolean.FALSE::equals, false,
                    "resources placed without a group land in the default one: give it no rules and use groups of your own"),
            setting(meta("CW-AWS-125", "Network ACLs allow no SSH or RDP from the internet", SECURITY, MEDIUM, "aws.vpc", "network-segmentation",
                    "CKV_AWS_231 CKV_AWS_232 AVD-AWS-0105", """
                    ingress {
                      rule_no    = 100
                      action     = "allow"
                      protocol   = "tcp"
                      cidr_block = var.admin_cidr
                      from_port  = 22
                      to_port    = 22
                    }"""), Keys.NACL_ADMIN_FROM_INTERNET, Boolean.FALSE::equals, null, "allow administration ports from the admin network only"),
            setting(meta("CW-AWS-126", "Subnets do not give instances public IP addresses", SECURITY, LOW, "aws.vpc", "network-segmentation",
                    "CKV_AWS_130 AVD-AWS-0164", "map_public_ip_on_launch = false"), Keys.PUBLIC_IP_ON_LAUNCH, Boolean.FALSE::equals, false,
                    "give public addresses only to what must have one (load balancers and NAT gateways have their own)"),

            // ------------------------------------------------------------------ security: identities
            setting(meta("CW-AWS-130", "Role does not allow every action", SECURITY, CRITICAL, "role:COMPUTE,role:WORKFLOW", "least-privilege", "CKV_AWS_63", """
                    statement {
                      actions   = ["s3:GetObject", "s3:PutObject"]
                      resources = ["${aws_s3_bucket.data.arn}/*"]
                    }"""), Keys.ROLE_ALLOWS_ALL_ACTIONS, Boolean.FALSE::equals, null,
                    "grant the actions the workload calls, on its own resources (IAM Access Analyzer can generate the policy from use)"),
            setting(meta("CW-AWS-131", "Role does not allow every IAM action", SECURITY, HIGH, "role:COMPUTE,role:WORKFLOW", "least-privilege", "", """
                    statement {
                      actions   = ["iam:GetRole"]
                      resources = [aws_iam_role.managed.arn]
                    }"""), Keys.ROLE_ALLOWS_IAM_ADMIN, Boolean.FALSE::equals, null, "iam:* lets the workload make itself an administrator"),
            setting(meta("CW-AWS-132", "Role passes only the roles it needs", SECURITY, HIGH, "role:COMPUTE,role:WORKFLOW", "least-privilege", "", """
                    statement {
                      actions   = ["iam:PassRole"]
                      resources = [aws_iam_role.task.arn]
                      condition {
                        test     = "StringEquals"
                        variable = "iam:PassedToService"
                        values   = ["ecs-tasks.amazonaws.com"]
                      }
                    }"""), Keys.ROLE_PASSES_ANY_ROLE, Boolean.FALSE::equals, null,
                    "iam:PassRole on every role lets the workload hand any role (an administrator's too) to a service it controls"),
            setting(meta("CW-AWS-133", "Role cannot grant itself more permissions", SECURITY, HIGH, "role:COMPUTE,role:WORKFLOW", "least-privilege", "CKV_AWS_286", """
                    statement {
                      actions   = ["iam:PutRolePolicy"]
                      resources = [aws_iam_role.managed.arn]
                    }"""), Keys.ROLE_CAN_ESCALATE, Boolean.FALSE::equals, null,
                    "iam:CreatePolicyVersion, iam:AttachRolePolicy, iam:PutRolePolicy and the like on every resource are a path to administrator"),
            setting(meta("CW-AWS-134", "Role does not allow a whole service on every resource", SECURITY, MEDIUM, "role:COMPUTE,role:WORKFLOW", "least-privilege", "AVD-AWS-0057", """
                    statement {
                      actions   = ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"]
                      resources = [aws_dynamodb_table.orders.arn]
                    }"""), Keys.ROLE_SERVICE_WILDCARD, Boolean.FALSE::equals, null, "name the actions and the resources"),

            // ------------------------------------------------------------------ security: secrets and audit
            setting(meta("CW-AWS-140", "Lambda environment holds no secrets", SECURITY, HIGH, "aws.lambda", "key-management", "CKV_AWS_45", """
                    environment {
                      variables = {
                        DB_SECRET_ARN = aws_secretsmanager_secret.db.arn
                      }
                    }"""), Keys.SECRET_IN_ENVIRONMENT, Boolean.FALSE::equals, null,
                    "environment variables are readable by anyone who may read the function's configuration, and kept in state: store the secret in Secrets Manager and pass its ARN"),
            setting(meta("CW-AWS-141", "ECS container environment holds no secrets", SECURITY, HIGH, "aws.ecs-fargate,aws.ecs-ec2", "key-management", "AVD-AWS-0036", """
                    secrets = [{
                      name      = "DB_PASSWORD"
                      valueFrom = aws_secretsmanager_secret.db.arn
                    }]"""), Keys.SECRET_IN_ENVIRONMENT, Boolean.FALSE::equals, null,
                    "pass secrets with the container's secrets (valueFrom Secrets Manager or Parameter Store), not environment"),
            setting(meta("CW-AWS-142", "EC2 user data holds no secrets", SECURITY, HIGH, "aws.ec2,aws.ec2-asg", "key-management",
                    "CKV_AWS_46 AVD-AWS-0029 AVD-AWS-0129", """
                    user_data = templatefile("${path.module}/boot.sh", {
                      secret_arn = aws_secretsmanager_secret.app.arn
                    })"""), Keys.SECRET_IN_USER_DATA, Boolean.FALSE::equals, null,
                    "user data is readable from the instance metadata and the console: fetch secrets at boot with the instance role"),
            setting(meta("CW-AWS-143", "Secret value not written in the configuration", SECURITY, MEDIUM, "aws.secrets-manager", "key-management", "", """
                    resource "aws_secretsmanager_secret_rotation" "this" {
                      secret_id           = aws_secretsmanager_secret.this.id
                      rotation_lambda_arn = aws_lambda_function.rotate.arn
                      rotation_rules {
                        automatically_after_days = 30
                      }
                    }"""), Keys.VALUE_IN_CONFIGURATION, Boolean.FALSE::equals, null,
                    "a value set by Terraform is kept in its state; let a rotation function (or the owning service) set it"),
            setting(meta("CW-AWS-144", "Database master password not written in the configuration", SECURITY, HIGH, "aws.rds,aws.aurora", "key-management", "",
                    "manage_master_user_password = true"), Keys.PASSWORD_IN_CONFIGURATION, Boolean.FALSE::equals, false,
                    "a literal (or a variable's default) is in the code and its history; let RDS manage the password in Secrets Manager"),
            setting(meta("CW-AWS-145", "CloudTrail records every region", SECURITY, MEDIUM, "aws.cloudtrail", "audit-logging", "CKV_AWS_67 AVD-AWS-0014",
                    "is_multi_region_trail = true"), Keys.MULTI_REGION, Boolean.TRUE::equals, true,
                    "activity in a region the trail does not record goes unseen"),
            setting(meta("CW-AWS-146", "EKS audit logs exported", SECURITY, MEDIUM, "aws.eks", "audit-logging", "CKV_AWS_37 AVD-AWS-0038",
                    "enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\"]"), Keys.CONTROL_PLANE_LOGS, v -> v.contains("audit"), null,
                    "the audit log records who did what through the Kubernetes API"),
            setting(meta("CW-AWS-147", "CloudFront viewers connect over HTTPS", SECURITY, HIGH, "aws.cloudfront", "encryption-in-transit",
                    "CKV_AWS_34 AVD-AWS-0012", "viewer_protocol_policy = \"redirect-to-https\""), Keys.VIEWER_PROTOCOL_POLICY,
                    v -> !v.contains("allow-all"), null, "allow-all serves viewers over plain HTTP"),
            setting(meta("CW-AWS-148", "RDS IAM database authentication", SECURITY, MEDIUM, "aws.rds,aws.aurora", "least-privilege",
                    "CKV_AWS_161 AVD-AWS-0176", "iam_database_authentication_enabled = true"), Keys.IAM_AUTH, Boolean.TRUE::equals, true,
                    "applications then connect with short-lived tokens of their role instead of a stored password"),

            // ------------------------------------------------------------------ security: customer-managed keys
            new CustomerKeyRule(meta("CW-AWS-150", "Database encrypted with a customer-managed key", SECURITY, MEDIUM, "role:DATABASE", "encryption-at-rest,key-management",
                    "", "kms_key_id = aws_kms_key.data.arn # storage_encrypted = true; for DynamoDB: server_side_encryption { enabled = true, kms_key_arn = ... }")),
            new CustomerKeyRule(meta("CW-AWS-151", "Block, file and image storage encrypted with a customer-managed key", SECURITY, LOW, "role:STORAGE",
                    "encryption-at-rest,key-management", "", """
                    kms_key_id = aws_kms_key.data.arn # EBS, EFS, FSx
                    encryption_configuration { # ECR
                      encryption_type = "KMS"
                      kms_key         = aws_kms_key.data.arn
                    }""")),
            new CustomerKeyRule(meta("CW-AWS-152", "Object storage encrypted with a customer-managed key", SECURITY, LOW, "role:OBJECT_STORAGE",
                    "encryption-at-rest,key-management", "AVD-AWS-0132", """
                    resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
                      bucket = aws_s3_bucket.this.id
                      rule {
                        apply_server_side_encryption_by_default {
                          sse_algorithm     = "aws:kms"
                          kms_master_key_id = aws_kms_key.data.arn
                        }
                        bucket_key_enabled = true
                      }
                    }""")),
            new CustomerKeyRule(meta("CW-AWS-153", "Streams encrypted with a customer-managed key", SECURITY, LOW, "role:STREAMING",
                    "encryption-at-rest,key-management", "", """
                    encryption_type = "KMS" # Kinesis
                    kms_key_id      = aws_kms_key.data.arn""")),
            new CustomerKeyRule(meta("CW-AWS-154", "Secret encrypted with a customer-managed key", SECURITY, LOW, "aws.secrets-manager",
                    "key-management", "CKV_AWS_149 AVD-AWS-0098", "kms_key_id = aws_kms_key.secrets.arn")),
            new CustomerKeyRule(meta("CW-AWS-155", "CloudTrail logs encrypted with a KMS key", SECURITY, MEDIUM, "aws.cloudtrail",
                    "key-management,log-integrity", "CKV_AWS_35 AVD-AWS-0015", "kms_key_id = aws_kms_key.trail.arn")),

            // ------------------------------------------------------------------ security: encryption at rest of streams, search, warehouse, logs
            setting(meta("CW-AWS-156", "Kinesis stream encrypted", SECURITY, HIGH, "aws.kinesis", "encryption-at-rest",
                    "CKV_AWS_43 AVD-AWS-0064", """
                    encryption_type = "KMS"
                    kms_key_id      = "alias/aws/kinesis\""""), Keys.ENCRYPTED_AT_REST, Boolean.TRUE::equals, true,
                    "server-side encryption can be turned on for a live stream"),
            setting(meta("CW-AWS-157", "Firehose delivery stream encrypted", SECURITY, MEDIUM, "aws.firehose", "encryption-at-rest", "CKV_AWS_240", """
                    server_side_encryption {
                      enabled  = true
                      key_type = "CUSTOMER_MANAGED_CMK"
                      key_arn  = aws_kms_key.data.arn
                    }"""), Keys.ENCRYPTED_AT_REST, Boolean.TRUE::equals, true, "records buffered in the delivery stream are then encrypted"),
            setting(meta("CW-AWS-158", "OpenSearch domain encrypted at rest", SECURITY, HIGH, "aws.opensearch", "encryption-at-rest",
                    "CKV_AWS_5 AVD-AWS-0048", """
                    encrypt_at_rest {
                      enabled = true
                    }"""), Keys.ENCRYPTED_AT_REST, Boolean.TRUE::equals, true, "indices, logs and snapshots are then encrypted"),
            setting(meta("CW-AWS-159", "Redshift cluster encrypted", SECURITY, HIGH, "aws.redshift", "encryption-at-rest",
                    "CKV_AWS_64 AVD-AWS-0084", """
                    encrypted  = true
                    kms_key_id = aws_kms_key.data.arn"""), Keys.ENCRYPTED_AT_REST, Boolean.TRUE::equals, true,
                    "the cluster and its snapshots are then encrypted"),
            setting(meta("CW-AWS-160", "Log groups encrypted with a KMS key", SECURITY, MEDIUM, "aws.cloudwatch", "encryption-at-rest,key-management",
                    "CKV_AWS_158 AVD-AWS-0017", "kms_key_id = aws_kms_key.logs.arn # the key policy must allow logs.<region>.amazonaws.com"),
                    Keys.LOG_GROUPS_KMS, Boolean.TRUE::equals, true, "logs often carry personal data and secrets; encrypt them with a key you control"),

            // ------------------------------------------------------------------ security: encryption in transit
            setting(meta("CW-AWS-161", "OpenSearch node-to-node encryption", SECURITY, MEDIUM, "aws.opensearch", "encryption-in-transit",
                    "CKV_AWS_6 AVD-AWS-0043", """
                    node_to_node_encryption {
                      enabled = true
                    }"""), Keys.ENCRYPTED_IN_TRANSIT, Boolean.TRUE::equals, true, "traffic between the domain's nodes is then TLS"),
            setting(meta("CW-AWS-162", "OpenSearch requires HTTPS", SECURITY, HIGH, "aws.opensearch", "encryption-in-transit",
                    "CKV_AWS_83 AVD-AWS-0046", """
                    domain_endpoint_options {
                      enforce_https       = true
                      tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
                    }"""), Keys.HTTPS_ONLY, Boolean.TRUE::equals, true, "refuse plain HTTP to the domain endpoint"),
            setting(meta("CW-AWS-163", "OpenSearch TLS policy requires TLS 1.2", SECURITY, MEDIUM, "aws.opensearch", "encryption-in-transit",
                    "CKV_AWS_228 AVD-AWS-0126", """
                    domain_endpoint_options {
                      enforce_https       = true
                      tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
                    }"""), Keys.MIN_TLS, v -> v.contains("TLS-1-2") || v.contains("TLS-1-3"), "Policy-Min-TLS-1-2-PFS-2023-10",
                    "TLS 1.0 and 1.1 are deprecated"),
            setting(meta("CW-AWS-164", "MSK clients connect with TLS only", SECURITY, HIGH, "aws.msk", "encryption-in-transit", "AVD-AWS-0073", """
                    encryption_info {
                      encryption_in_transit {
                        client_broker = "TLS"
                        in_cluster    = true
                      }
                    }"""), Keys.ENCRYPTED_IN_TRANSIT, Boolean.TRUE::equals, true, "TLS_PLAINTEXT and PLAINTEXT let clients send records in clear text"),
            setting(meta("CW-AWS-165", "Load balancer listeners use HTTPS", SECURITY, HIGH, "aws.alb", "encryption-in-transit",
                    "CKV_AWS_2 AVD-AWS-0054", """
                    resource "aws_lb_listener" "http" {
                      load_balancer_arn = aws_lb.this.arn
                      port              = 80
                      protocol          = "HTTP"
                      default_action {
                        type = "redirect"
                        redirect {
                          port        = "443"
                          protocol    = "HTTPS"
                          status_code = "HTTP_301"
                        }
                      }
                    }"""), Keys.ENCRYPTED_IN_TRANSIT, Boolean.TRUE::equals, true, "serve HTTPS and redirect plain HTTP to it"),
            setting(meta("CW-AWS-166", "Load balancer TLS policy allows TLS 1.2 or later only", SECURITY, HIGH, "aws.alb,aws.nlb", "encryption-in-transit",
                    "CKV_AWS_103 AVD-AWS-0047", "ssl_policy = \"ELBSecurityPolicy-TLS13-1-2-2021-06\""), Keys.MIN_TLS,
                    v -> v.contains("TLS13") || v.contains("TLS-1-2"), "ELBSecurityPolicy-TLS13-1-2-2021-06",
                    "the default ELBSecurityPolicy-2016-08 still accepts TLS 1.0 and 1.1"),

            // ------------------------------------------------------------------ security: audit logging
            setting(meta("CW-AWS-168", "CloudTrail logging switched on", SECURITY, HIGH, "aws.cloudtrail", "audit-logging", "",
                    "enable_logging = true"), Keys.LOGGING, Boolean.TRUE::equals, true, "a stopped trail records nothing"),
            setting(meta("CW-AWS-169", "API Gateway stages write access logs", SECURITY, MEDIUM,
                    "aws.apigateway-rest,aws.apigateway-http,aws.apigateway-websocket", "audit-logging", "CKV_AWS_76 AVD-AWS-0001", """
                    access_log_settings {
                      destination_arn = aws_cloudwatch_log_group.api.arn
                      format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
                    }"""), Keys.ACCESS_LOGGING, Boolean.TRUE::equals, true, "who called which route, and what it answered"),
            setting(meta("CW-AWS-170", "CloudFront access logging", SECURITY, MEDIUM, "aws.cloudfront", "audit-logging", "CKV_AWS_86 AVD-AWS-0010", """
                    logging_config {
                      bucket = aws_s3_bucket.logs.bucket_domain_name
                      prefix = "cloudfront/"
                    }"""), Keys.LOGGING, Boolean.TRUE::equals, true, "log viewer requests to S3"),
            setting(meta("CW-AWS-171", "EKS control-plane API, audit and authenticator logs exported", SECURITY, MEDIUM, "aws.eks", "audit-logging",
                    "", "enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\", \"controllerManager\", \"scheduler\"]"),
                    Keys.CONTROL_PLANE_LOGS, v -> v.containsAll(List.of("api", "audit", "authenticator")),
                    List.of("api", "audit", "authenticator", "controllerManager", "scheduler"), "who did what to the cluster is in the audit log only"),
            setting(meta("CW-AWS-172", "Database logs exported", SECURITY, MEDIUM, "aws.rds,aws.aurora", "audit-logging", "CKV_AWS_129",
                    "enabled_cloudwatch_logs_exports = [\"postgresql\"] # mysql: [\"audit\", \"error\", \"general\", \"slowquery\"]"),
                    Keys.LOG_EXPORTS, v -> !v.isEmpty(), null, "export the engine's logs to CloudWatch Logs, where they outlive the instance"),
            setting(meta("CW-AWS-173", "Public hosted zone logs DNS queries", SECURITY, LOW, "aws.route53", "audit-logging", "", """
                    resource "aws_route53_query_log" "this" {
                      zone_id                  = aws_route53_zone.this.zone_id
                      cloudwatch_log_group_arn = aws_cloudwatch_log_group.dns.arn # a log group in us-east-1
                    }"""), Keys.QUERY_LOGGING, Boolean.TRUE::equals, null, "queries show who resolves your names, and from where",
                    (c, a) -> c.isTrue(Keys.PUBLIC_ENDPOINT)),
            setting(meta("CW-AWS-174", "Web ACL traffic logged", SECURITY, MEDIUM, "aws.waf", "audit-logging", "CKV2_AWS_31", """
                    resource "aws_wafv2_web_acl_logging_configuration" "this" {
                      resource_arn            = aws_wafv2_web_acl.this.arn
                      log_destination_configs = [aws_cloudwatch_log_group.waf.arn] # its name must start with aws-waf-logs-
                    }"""), Keys.LOGGING, Boolean.TRUE::equals, null, "blocked and allowed requests are the evidence of an attack"),

            // ------------------------------------------------------------------ security: detection, images, firewalls
            setting(meta("CW-AWS-175", "GuardDuty detector enabled", SECURITY, HIGH, "aws.guardduty", "threat-detection", "", "enable = true"),
                    Keys.ENABLED, Boolean.TRUE::equals, true, "a suspended detector analyses nothing"),
            new WebAclRule(meta("CW-AWS-178", "Internet-facing load balancer behind a web ACL", SECURITY, MEDIUM, "aws.alb", "waf", "CKV2_AWS_28", """
                    resource "aws_wafv2_web_acl_association" "this" {
                      resource_arn = aws_lb.this.arn
                      web_acl_arn  = aws_wafv2_web_acl.this.arn
                    }"""), "REGIONAL"),
            new WebAclRule(meta("CW-AWS-179", "CloudFront distribution behind a web ACL", SECURITY, MEDIUM, "aws.cloudfront", "waf", "CKV_AWS_68 AVD-AWS-0011",
                    "web_acl_id = aws_wafv2_web_acl.edge.arn # a web ACL with scope CLOUDFRONT, in us-east-1"), "CLOUDFRONT"),
            new WebAclRule(meta("CW-AWS-180", "REST API stage behind a web ACL", SECURITY, MEDIUM, "aws.apigateway-rest", "waf", "CKV2_AWS_29", """
                    resource "aws_wafv2_web_acl_association" "this" {
                      resource_arn = aws_api_gateway_stage.this.arn
                      web_acl_arn  = aws_wafv2_web_acl.this.arn
                    }"""), "REGIONAL"));
}
