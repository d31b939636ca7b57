package dev.cloudwright.review;

import static dev.cloudwright.review.Pillar.COST;
import static dev.cloudwright.review.Severity.LOW;
import static dev.cloudwright.review.Rules.meta;
import static dev.cloudwright.review.Rules.setting;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.InstanceCatalog;
import java.util.List;

/** Cost rules: cheaper equivalents, idle resources and waste outside production. */
final class CostRules {
    private CostRules() {}

    static final List<Rule> ALL = List.of(
            // ------------------------------------------------------------------ cost
            setting(meta("CW-AWS-050", "gp3 rather than gp2 volumes", COST, LOW, "aws.ebs", "", "", "type = \"gp3\""), Keys.STORAGE_TYPE,
                    v -> !v.equals("gp2"), "gp3", "gp3 costs less for the same size, with a fixed baseline of 3,000 IOPS"),
            setting(meta("CW-AWS-051", "No idle Elastic IP", COST, LOW, "aws.eip", "", "", "# release the address, or attach it"), Keys.ATTACHED_TO,
                    v -> !v.startsWith("not attached"), null, "an unattached address is billed by the hour"),

            // ------------------------------------------------------------------ cost: generations, volumes, idle and non-production (review: reliability, cost, performance)
            new InstanceSuccessor(meta("CW-AWS-255", "No previous-generation instance family", COST, LOW, "aws.ec2,aws.ec2-asg,aws.ecs-ec2,aws.eks,aws.rds,aws.aurora,aws.elasticache",
                    "", "", "instance_type = \"m6i.large\" # the same size in the current family"), InstanceCatalog.PREVIOUS_GENERATION,
                    "a previous generation, slower and dearer than its current family"),
            setting(meta("CW-AWS-256", "RDS storage gp3 rather than gp2", COST, LOW, "aws.rds", "", "", "storage_type = \"gp3\""), Keys.STORAGE_TYPE,
                    v -> !v.equals("gp2"), "gp3", "gp3 costs less for the same size and includes 3,000 IOPS at any size"),
            new Io1WhereGp3Does(meta("CW-AWS-257", "gp3 rather than io1 for moderate IOPS", COST, LOW, "aws.ebs,aws.rds", "", "", """
                    type = "gp3"
                    iops = 6000""")),
            new OversizedOutsideProduction(meta("CW-AWS-258", "Non-production instances not oversized", COST, LOW,
                    "aws.ec2,aws.ec2-asg,aws.ecs-ec2,aws.eks,aws.rds,aws.aurora,aws.elasticache", "", "", "instance_type = var.instance_type # smaller outside production")),
            setting(meta("CW-AWS-259", "No unattached EBS volume", COST, LOW, "aws.ebs", "", "", """
                    resource "aws_volume_attachment" "this" {
                      device_name = "/dev/sdf"
                      volume_id   = aws_ebs_volume.this.id
                      instance_id = aws_instance.this.id
                    }"""), Keys.ATTACHED_TO, v -> !v.startsWith("not attached"), null, "snapshot it and delete it, or attach it"),
            new NatPerZoneOutsideProduction(meta("CW-AWS-260", "One NAT gateway outside production", COST, LOW, "aws.nat-gateway", "", "",
                    "# one aws_nat_gateway, and every private route table's default route to it")),
            new BucketLifecycle(meta("CW-AWS-261", "S3 bucket has lifecycle rules", COST, LOW, "aws.s3", "", "CKV2_AWS_61", """
                    resource "aws_s3_bucket_lifecycle_configuration" "this" {
                      bucket = aws_s3_bucket.this.id
                      rule {
                        id     = "tidy"
                        status = "Enabled"
                        filter {}
                        noncurrent_version_expiration {
                          noncurrent_days = 90
                        }
                        abort_incomplete_multipart_upload {
                          days_after_initiation = 7
                        }
                      }
                    }"""), false),
            new ProvisionedWithoutAutoscaling(meta("CW-AWS-262", "DynamoDB provisioned capacity auto scaled", COST, LOW, "aws.dynamodb", "", "",
                    "billing_mode = \"PAY_PER_REQUEST\" # or aws_appautoscaling_target and policy for the read and write capacity")),
            setting(meta("CW-AWS-263", "No provisioned concurrency outside production", COST, LOW, "aws.lambda", "", "",
                    "# remove the aws_lambda_provisioned_concurrency_config outside production"), Keys.PROVISIONED_CONCURRENCY, n -> n == 0, 0,
                    "pre-initialised instances are billed all day; cold starts are acceptable outside production", (c, a) -> !AwsRules.production(c, a)),
            setting(meta("CW-AWS-264", "Single-AZ RDS outside production", COST, LOW, "aws.rds", "", "", "multi_az = false"), Keys.DEPLOYMENT,
                    d -> d == Deployment.SINGLE_AZ, Deployment.SINGLE_AZ, "a standby doubles the instance cost for availability staging rarely needs",
                    (c, a) -> !AwsRules.production(c, a)),
            setting(meta("CW-AWS-265", "Resources tagged for cost allocation", COST, LOW,
                    "aws.ec2,aws.ec2-asg,aws.ecs-fargate,aws.ecs-ec2,aws.eks,aws.lambda,aws.rds,aws.aurora,aws.elasticache,aws.dynamodb,aws.s3,aws.ebs,aws.efs,"
                            + "aws.nat-gateway,aws.alb,aws.nlb,aws.opensearch,aws.redshift,aws.msk,aws.kinesis", "", "", """
                    provider "aws" {
                      default_tags {
                        tags = {
                          Team        = var.team
                          Service     = var.service
                          Environment = var.environment
                        }
                      }
                    }"""), Keys.COST_TAGS, Boolean.TRUE::equals, null,
                    "tag it (or give the provider default_tags) with the team, service or cost centre it is billed to, and activate the tags for cost allocation"));
}
