package dev.cloudwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.pricing.AwsCostModel;
import dev.cloudwright.pricing.ResourceCosts;
import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.adapt.AwsAdapter;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How many resource types `cost` bills: every snippet of {@code crossing/} and the shop example are priced resource by
 * resource, and a type counts when one of its resources carries a charge (priced, or usage-dependent with its unit
 * prices shown). {@code bench/cost-coverage.sh} prints the same count through the command line.
 */
class CostCoverageTest {
    /** Types whose own resources must carry their charges (not their component's anchor). */
    static final Set<String> BILLED_BY_THEMSELVES = Set.of("aws_eks_node_group", "aws_cloudwatch_metric_alarm", "aws_cloudwatch_dashboard",
            "aws_route53_health_check", "aws_lambda_provisioned_concurrency_config", "aws_kinesis_stream_consumer", "aws_flow_log",
            "aws_s3_bucket_replication_configuration", "aws_dynamodb_table_replica", "aws_rds_global_cluster", "aws_cloudwatch_event_archive",
            "aws_rds_cluster_instance", "aws_nat_gateway", "aws_kms_replica_key", "aws_ebs_snapshot_copy", "aws_elasticache_cluster");

    @TempDir
    Path dir;

    @Test
    void atLeastSixtyResourceTypesAreBilled() throws IOException {
        Set<String> billed = new TreeSet<>();
        try (var s = Files.list(AdaptAndPriceTest.SNIPPETS)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".tf")).sorted().toList()) {
                Path root = dir.resolve(f.getFileName().toString().replace(".tf", ""));
                Files.createDirectories(root);
                Files.writeString(root.resolve("main.tf"), "provider \"aws\" { region = \"us-east-1\" }\n" + Files.readString(f));
                billed.addAll(billedTypes(root, root.toString()));
            }
        }
        billed.addAll(billedTypes(TestFiles.root().resolve("examples/terraform/shop"), "examples/terraform/shop"));
        Set<String> missing = new TreeSet<>(BILLED_BY_THEMSELVES);
        missing.removeAll(billed);
        assertEquals(Set.of(), missing, "types that should carry their own charges");
        assertTrue(billed.size() >= 60, billed.size() + " billed types: " + billed);
    }

    private static Set<String> billedTypes(Path root, String name) {
        ResourceGraph g = TerraformProject.read(root, name, ConfigEvaluator.Options.defaults());
        AwsAdapter.Adapted a = AwsAdapter.adapt(g, name);
        ResourceCosts.Project p = ResourceCosts.price(name, "us-east-1", a.architecture(), a.inventory(), AwsCostModel.standard());
        Set<String> out = new TreeSet<>();
        for (ResourceCosts.ResourceCost r : p.resources()) {
            if (r.status() == ResourceCosts.Status.PRICED || r.status() == ResourceCosts.Status.USAGE_DEPENDENT) {
                out.add(r.type());
            }
        }
        return out;
    }
}
