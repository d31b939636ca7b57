package dev.cloudwright.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanReaderTest {

    private static final Path PLAN = Path.of("src/test/resources/dev/cloudwright/terraform/plan/plan.json");

    private static ResourceGraph.Node node(ResourceGraph g, String address) {
        return g.nodes().stream().filter(n -> n.address().equals(address)).findFirst().orElseThrow();
    }

    @Test
    void plannedValuesAreKnownAndAfterUnknownIsUnknown() {
        ResourceGraph g = TerraformProject.read(PLAN, "plan.json", ConfigEvaluator.Options.defaults());
        assertTrue(g.diagnostics().isEmpty(), g.diagnostics().toString());
        assertEquals(List.of("aws_subnet.private[0]", "aws_subnet.private[1]", "aws_vpc.main", "module.db.aws_db_subnet_group.this"),
                g.nodes().stream().map(ResourceGraph.Node::address).toList());
        var vpc = node(g, "aws_vpc.main").instance();
        assertEquals(Value.TRUE, vpc.body().attribute("enable_dns_hostnames").value());
        assertInstanceOf(Value.Unknown.class, vpc.body().attribute("arn").value());
        assertEquals("plan.json", vpc.range().file());
        assertEquals(Value.str("eu-west-1b"), node(g, "aws_subnet.private[1]").instance().body().attribute("availability_zone").value());
        assertEquals(Value.str("eu-west-1"), node(g, "aws_vpc.main").region());
        assertEquals(Value.str("10.0.0.0/16"), g.outputs().get("vpc_cidr"));
        assertInstanceOf(Value.Unknown.class, g.outputs().get("vpc_id"));
    }

    @Test
    void dependenciesComeFromConfigurationReferences() {
        ResourceGraph g = TerraformProject.read(PLAN, "plan.json", ConfigEvaluator.Options.defaults());
        assertTrue(g.edges().contains(new ResourceGraph.Edge("aws_subnet.private[0]", "aws_vpc.main")));
        assertEquals(List.of("aws_vpc.main"), node(g, "aws_subnet.private[1]").instance().body().attribute("vpc_id").references());
        assertEquals("provider[\"registry.terraform.io/hashicorp/aws\"]", node(g, "aws_vpc.main").instance().provider().address());
    }

    @Test
    void notAPlanIsOneClearDiagnostic(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("state.json");
        Files.writeString(f, "{\"version\": 4, \"resources\": []}");
        ResourceGraph g = TerraformProject.read(f, "state.json", ConfigEvaluator.Options.defaults());
        assertEquals(1, g.diagnostics().size());
        assertTrue(g.diagnostics().get(0).format().startsWith("state.json:1:1: error: Not a Terraform plan"), g.diagnostics().get(0).format());
        Files.writeString(f, "{\"planned_values\": [1,}");
        g = TerraformProject.read(f, "state.json", ConfigEvaluator.Options.defaults());
        assertTrue(g.diagnostics().get(0).format().startsWith("state.json:1:23: error: Invalid JSON"), g.diagnostics().get(0).format());
    }

    /**
     * AWS provider 6 gives every resource a computed `region`; in a plan whose configuration does not set it, the
     * value is "known after apply" (after_unknown) and Terraform will fill it from the provider: us-west-2 here.
     * A region the configuration writes from an unknown value stays unknown.
     */
    @Test
    void aComputedRegionIsTheProvidersRegion(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("plan.json");
        Files.writeString(f, """
                {"format_version": "1.2",
                 "planned_values": {"root_module": {"resources": [
                   {"address": "aws_sqs_queue.q", "mode": "managed", "type": "aws_sqs_queue", "name": "q",
                    "provider_name": "registry.terraform.io/hashicorp/aws", "values": {"name": "q"}},
                   {"address": "aws_sqs_queue.r", "mode": "managed", "type": "aws_sqs_queue", "name": "r",
                    "provider_name": "registry.terraform.io/hashicorp/aws", "values": {"name": "r"}}]}},
                 "resource_changes": [
                   {"address": "aws_sqs_queue.q", "change": {"after_unknown": {"region": true, "arn": true}}},
                   {"address": "aws_sqs_queue.r", "change": {"after_unknown": {"region": true, "arn": true}}}],
                 "configuration": {
                   "provider_config": {"aws": {"name": "aws", "full_name": "registry.terraform.io/hashicorp/aws",
                     "expressions": {"region": {"constant_value": "us-west-2"}}}},
                   "root_module": {"resources": [
                     {"address": "aws_sqs_queue.q", "mode": "managed", "type": "aws_sqs_queue", "name": "q",
                      "provider_config_key": "aws", "expressions": {"name": {"constant_value": "q"}}},
                     {"address": "aws_sqs_queue.r", "mode": "managed", "type": "aws_sqs_queue", "name": "r",
                      "provider_config_key": "aws", "expressions": {"name": {"constant_value": "r"},
                      "region": {"references": ["var.other"]}}}]}}}
                """);
        ResourceGraph g = TerraformProject.read(f, "plan.json", ConfigEvaluator.Options.defaults());
        assertTrue(g.diagnostics().isEmpty(), g.diagnostics().toString());
        assertEquals(Value.str("us-west-2"), node(g, "aws_sqs_queue.q").region());
        assertInstanceOf(Value.Unknown.class, node(g, "aws_sqs_queue.r").region());
    }
}
