package dev.cloudwright.review;

import static dev.cloudwright.review.Pillar.RELIABILITY;
import static dev.cloudwright.review.Severity.HIGH;
import static dev.cloudwright.review.Severity.LOW;
import static dev.cloudwright.review.Severity.MEDIUM;
import static dev.cloudwright.review.Rules.meta;
import static dev.cloudwright.review.Rules.setting;

import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Engine;
import java.util.List;

/** Reliability rules: redundancy across zones, backups and their retention, recovery and safe deployments. */
final class ReliabilityRules {
    private ReliabilityRules() {}

    /** The services CW-AWS-030 checks the backups of (with the same threshold): CW-AWS-249 checks every other database. */
    private static final java.util.Set<String> BACKUPS_CHECKED_BY_030 = java.util.Set.of("aws.rds", "aws.aurora");

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
                    }"""), Keys.CIRCUIT_BREAKER, Boolean.TRUE::equals, true, "a failing deployment then rolls back by itself"),

            // ------------------------------------------------------------------ reliability: zones, failover, backups (review: reliability, cost, performance)
            new CacheFailover(meta("CW-AWS-230", "Production cache has a replica and automatic failover", RELIABILITY, HIGH, "aws.elasticache", "dr-plan", "", """
                    num_cache_clusters         = 2
                    automatic_failover_enabled = true
                    multi_az_enabled           = true""")),
            setting(meta("CW-AWS-231", "Production Aurora cluster has a reader in another zone", RELIABILITY, MEDIUM, "aws.aurora", "dr-plan", "", """
                    resource "aws_rds_cluster_instance" "reader" {
                      cluster_identifier = aws_rds_cluster.this.id
                      instance_class     = aws_rds_cluster_instance.writer.instance_class
                      engine             = aws_rds_cluster.this.engine
                      availability_zone  = "us-east-1b"
                    }"""), Keys.DEPLOYMENT, d -> d == Deployment.MULTI_AZ, null,
                    "with a single instance, a failure means creating a new one (about 10 minutes); a reader is promoted in about 30 seconds",
                    AwsRules::production),
            new MinimumCapacity(meta("CW-AWS-232", "Production Auto Scaling group keeps 2 instances or more", RELIABILITY, MEDIUM, "aws.ec2-asg", "dr-plan", "",
                    "min_size = 2"), "instances", (c, a) -> true),
            new ZoneSpread(meta("CW-AWS-233", "Production Auto Scaling group spans 2 zones or more", RELIABILITY, MEDIUM, "aws.ec2-asg", "dr-plan", "",
                    "vpc_zone_identifier = [aws_subnet.private_a.id, aws_subnet.private_b.id]"), (c, a) -> true),
            new MinimumCapacity(meta("CW-AWS-234", "Production ECS service runs 2 tasks or more", RELIABILITY, MEDIUM, "aws.ecs-fargate,aws.ecs-ec2", "dr-plan",
                    "", "desired_count = 2"), "tasks", (c, a) -> true),
            new MinimumCapacity(meta("CW-AWS-235", "Production EKS node group keeps 2 nodes or more", RELIABILITY, MEDIUM, "aws.eks", "dr-plan", "", """
                    scaling_config {
                      min_size     = 2
                      desired_size = 2
                      max_size     = 4
                    }"""), "nodes", (c, a) -> c.sizing().min() != null || c.unresolved().containsKey("min")),
            new ZoneSpread(meta("CW-AWS-236", "Production EKS node group spans 2 zones or more", RELIABILITY, MEDIUM, "aws.eks", "dr-plan", "",
                    "subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]"), (c, a) -> c.sizing().min() != null),
            setting(meta("CW-AWS-237", "Production load balancer in 2 zones or more", RELIABILITY, MEDIUM, "aws.alb,aws.nlb", "dr-plan", "",
                    "subnets = [aws_subnet.public_a.id, aws_subnet.public_b.id]"), Keys.ZONE_COUNT, n -> n >= 2, null,
                    "a load balancer in one zone goes down with it", AwsRules::production),
            setting(meta("CW-AWS-238", "Backup plan keeps recovery points at least 7 days", RELIABILITY, MEDIUM, "aws.backup", "backup", "", """
                    lifecycle {
                      delete_after = 35
                    }"""), Keys.RETENTION_DAYS, d -> d == 0 || d >= 7, 35, "a week at least, so a problem found after a few days can still be undone"),
            setting(meta("CW-AWS-239", "Production Redis cache keeps daily snapshots", RELIABILITY, LOW, "aws.elasticache", "backup", "",
                    "snapshot_retention_limit = 7"), Keys.BACKUP_RETENTION_DAYS, d -> d >= 1, 7,
                    "without snapshots, a cache that is also a store of record cannot be restored",
                    (c, a) -> AwsRules.production(c, a) && c.value(Keys.ENGINE) != Engine.MEMCACHED),
            setting(meta("CW-AWS-240", "Production DynamoDB table deletion protection", RELIABILITY, LOW, "aws.dynamodb", "backup", "",
                    "deletion_protection_enabled = true"), Keys.DELETION_PROTECTION, Boolean.TRUE::equals, true,
                    "a stray destroy then fails instead of deleting the table", AwsRules::production),
            setting(meta("CW-AWS-241", "Production load balancer deletion protection", RELIABILITY, LOW, "aws.alb,aws.nlb", "", "CKV_AWS_150",
                    "enable_deletion_protection = true"), Keys.DELETION_PROTECTION, Boolean.TRUE::equals, true,
                    "a stray destroy then fails instead of taking the entry point down", AwsRules::production),
            new LoadBalancedHealthCheck(meta("CW-AWS-242", "Auto Scaling group behind a load balancer uses its health checks", RELIABILITY, MEDIUM, "aws.ec2-asg",
                    "", "", "health_check_type = \"ELB\"")),
            new SecondRegionCopy(meta("CW-AWS-243", "Data copied to the architecture's second region", RELIABILITY, MEDIUM, "aws.rds,aws.aurora,aws.dynamodb,aws.backup",
                    "backup,dr-plan", "", """
                    resource "aws_db_instance_automated_backups_replication" "this" {
                      provider               = aws.dr
                      source_db_instance_arn = aws_db_instance.this.arn
                      retention_period       = 7
                    }""")),
            new SingleNat(meta("CW-AWS-244", "Production NAT gateway in each zone", RELIABILITY, MEDIUM, "aws.nat-gateway", "dr-plan", "", """
                    resource "aws_nat_gateway" "this" {
                      for_each      = aws_subnet.public
                      subnet_id     = each.value.id
                      allocation_id = aws_eip.nat[each.key].id
                    }""")),
            new DeadLetterQueue(meta("CW-AWS-245", "SQS queue has a dead-letter queue", RELIABILITY, LOW, "aws.sqs", "", "", """
                    redrive_policy = jsonencode({
                      deadLetterTargetArn = aws_sqs_queue.dlq.arn
                      maxReceiveCount     = 5
                    })""")),
            setting(meta("CW-AWS-246", "EFS file system backed up", RELIABILITY, MEDIUM, "aws.efs", "backup", "", """
                    resource "aws_efs_backup_policy" "this" {
                      file_system_id = aws_efs_file_system.this.id
                      backup_policy {
                        status = "ENABLED"
                      }
                    }"""), Keys.BACKUP_RETENTION_DAYS, d -> d > 0, 35, "automatic backups (daily, kept 35 days) or an AWS Backup plan"),
            setting(meta("CW-AWS-247", "Lambda reserved concurrency is not zero", RELIABILITY, MEDIUM, "aws.lambda", "", "",
                    "reserved_concurrent_executions = 10 # or remove it to use the account's unreserved pool"), Keys.RESERVED_CONCURRENCY, n -> n != 0, null,
                    "a reservation of 0 throttles every invocation: the function never runs"),
            setting(meta("CW-AWS-248", "Production database keeps a final snapshot", RELIABILITY, MEDIUM, "aws.rds,aws.aurora", "backup", "", """
                    skip_final_snapshot       = false
                    final_snapshot_identifier = "${var.name}-final\""""), Keys.SKIP_FINAL_SNAPSHOT, Boolean.FALSE::equals, false,
                    "deleting the database then keeps a last snapshot to restore from", AwsRules::production),
            setting(meta("CW-AWS-249", "Database backups kept at least 7 days, whatever the service", RELIABILITY, HIGH, "role:DATABASE", "backup", "",
                    "# keep 7 days of backups or more: the service's retention setting, or a backup plan's lifecycle"), Keys.BACKUP_RETENTION_DAYS,
                    d -> d >= 7, 7, "keep a week of backups at least", (c, a) -> !BACKUPS_CHECKED_BY_030.contains(c.service())),
            new ZoneSpread(meta("CW-AWS-250", "Production ECS service spans 2 zones or more", RELIABILITY, MEDIUM, "aws.ecs-fargate,aws.ecs-ec2", "dr-plan", "", """
                    network_configuration {
                      subnets = [aws_subnet.private_a.id, aws_subnet.private_b.id]
                    }"""), (c, a) -> true));
}
