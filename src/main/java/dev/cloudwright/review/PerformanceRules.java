package dev.cloudwright.review;

import static dev.cloudwright.review.Pillar.PERFORMANCE;
import static dev.cloudwright.review.Severity.LOW;
import static dev.cloudwright.review.Rules.meta;
import static dev.cloudwright.review.Rules.setting;

import dev.cloudwright.model.InstanceCatalog;
import dev.cloudwright.model.Keys;
import java.util.List;

/** Performance efficiency rules: current processors, caching, content delivery and sizing that lets resources do their work. */
final class PerformanceRules {
    private PerformanceRules() {}

    static final String GRAVITON = "Graviton gives better price-performance for most workloads (rebuild or check arm64 images and binaries)";

    static final List<Rule> ALL = List.of(
            // ------------------------------------------------------------------ performance (review: reliability, cost, performance)
            new InstanceSuccessor(meta("CW-AWS-270", "EC2 instances on Graviton", PERFORMANCE, LOW, "aws.ec2,aws.ec2-asg,aws.ecs-ec2,aws.eks", "", "",
                    "instance_type = \"m7g.large\" # the same size on Graviton"), InstanceCatalog.GRAVITON, GRAVITON),
            new InstanceSuccessor(meta("CW-AWS-271", "Databases on Graviton", PERFORMANCE, LOW, "aws.rds,aws.aurora", "", "",
                    "instance_class = \"db.r7g.large\" # the same size on Graviton"), InstanceCatalog.GRAVITON,
                    "Graviton database classes give better price-performance, the engine unchanged"),
            new InstanceSuccessor(meta("CW-AWS-272", "Cache nodes on Graviton", PERFORMANCE, LOW, "aws.elasticache", "", "",
                    "node_type = \"cache.r7g.large\" # the same size on Graviton"), InstanceCatalog.GRAVITON,
                    "Graviton node types give better price-performance, the engine unchanged"),
            new ReadCache(meta("CW-AWS-273", "A cache in front of a read-heavy database", PERFORMANCE, LOW, "aws.rds,aws.aurora", "", "", """
                    resource "aws_elasticache_replication_group" "cache" {
                      replication_group_id       = "app-cache"
                      description                = "read cache"
                      engine                     = "valkey"
                      node_type                  = "cache.r7g.large"
                      num_cache_clusters         = 2
                      automatic_failover_enabled = true
                    }""")),
            new StaticSiteCdn(meta("CW-AWS-274", "A CDN in front of a static website bucket", PERFORMANCE, LOW, "aws.s3", "", "", """
                    resource "aws_cloudfront_distribution" "site" {
                      # origin: the bucket's regional domain name, with an origin access control
                    }""")),
            new Gp3Throughput(meta("CW-AWS-275", "gp3 throughput matches its IOPS", PERFORMANCE, LOW, "aws.ebs", "", "", "throughput = 500 # MB/s, up to 0.25 per IOPS")),
            setting(meta("CW-AWS-276", "Lambda memory above the 128 MB minimum", PERFORMANCE, LOW, "aws.lambda", "", "", "memory_size = 512"), Keys.MEMORY_MB,
                    m -> m > 128, 512, "memory sets the CPU share too: 128 MB gets a small fraction of a vCPU; measure (Lambda Power Tuning) and size up"),
            new BurstableProductionDatabase(meta("CW-AWS-277", "Production database and cache not burstable", PERFORMANCE, LOW, "aws.rds,aws.aurora,aws.elasticache",
                    "", "", "instance_class = \"db.m7g.large\"")));
}
