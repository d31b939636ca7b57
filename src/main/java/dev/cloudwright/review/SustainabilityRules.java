package dev.cloudwright.review;

import static dev.cloudwright.review.Pillar.SUSTAINABILITY;
import static dev.cloudwright.review.Severity.LOW;
import static dev.cloudwright.review.Rules.meta;
import static dev.cloudwright.review.Rules.setting;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Keys;
import java.util.List;

/** Sustainability rules: energy-efficient processors, storage tiering and greener regions. */
final class SustainabilityRules {
    private SustainabilityRules() {}

    static final List<Rule> ALL = List.of(
            // ------------------------------------------------------------------ sustainability
            setting(meta("CW-AWS-060", "Lambda on arm64 (Graviton)", SUSTAINABILITY, LOW, "aws.lambda", "", "", "architectures = [\"arm64\"]"),
                    Keys.ARCH, a -> a == Arch.ARM, Arch.ARM, "arm64 functions cost less per GB-second and use less energy"),

            // ------------------------------------------------------------------ sustainability (review: reliability, cost, performance)
            setting(meta("CW-AWS-285", "Fargate tasks on arm64 (Graviton)", SUSTAINABILITY, LOW, "aws.ecs-fargate", "", "", """
                    runtime_platform {
                      operating_system_family = "LINUX"
                      cpu_architecture        = "ARM64"
                    }"""), Keys.ARCH, a -> a == Arch.ARM, Arch.ARM, "arm64 tasks cost about 20% less and use less energy for the same work"),
            new BucketLifecycle(meta("CW-AWS-286", "S3 objects tiered to colder storage", SUSTAINABILITY, LOW, "aws.s3", "", "", """
                    rule {
                      id     = "tier"
                      status = "Enabled"
                      filter {}
                      transition {
                        days          = 0
                        storage_class = "INTELLIGENT_TIERING"
                      }
                    }"""), true),
            new NonProductionMinimum(meta("CW-AWS-287", "Non-production scales in to one unit", SUSTAINABILITY, LOW, "aws.ec2-asg,aws.ecs-fargate,aws.ecs-ec2,aws.eks",
                    "", "", "min_size = 1")));
}
