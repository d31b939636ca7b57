package dev.cloudwright.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.Golden;
import dev.cloudwright.TestFiles;
import dev.cloudwright.core.Json;
import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Setting;
import dev.cloudwright.terraform.adapt.AwsAdapter;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import dev.cloudwright.terraform.module.ResourceInstance;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled Terraform example read end to end: the resource graph and the architecture it maps to. */
class ExampleTerraformTest {

    static ResourceGraph graph;
    static AwsAdapter.Adapted adapted;

    @BeforeAll
    static void read() {
        graph = TerraformProject.read(TestFiles.root().resolve("examples/terraform/shop"), "examples/terraform/shop", ConfigEvaluator.Options.defaults());
        adapted = AwsAdapter.adapt(graph, "shop");
    }

    private static ResourceGraph.Node node(String address) {
        return graph.nodes().stream().filter(n -> n.address().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + address));
    }

    @Test
    void readsWithoutDiagnostics() {
        assertTrue(graph.diagnostics().isEmpty(), graph.diagnostics().toString());
        assertTrue(graph.unresolved().isEmpty());
    }

    @Test
    void everyModuleInstanceIsExpanded() {
        Map<String, Integer> perModule = new TreeMap<>();
        for (ResourceGraph.Node n : graph.nodes()) {
            if (!n.instance().isData()) {
                perModule.merge(n.instance().modulePath(), 1, Integer::sum);
            }
        }
        assertEquals(Map.of("module.app[\"api\"]", 22, "module.app[\"web\"]", 22, "module.data", 21, "module.edge", 9, "module.network", 41,
                "module.ops", 30, "module.storage", 16), perModule);
        assertTrue(graph.nodes().stream().noneMatch(n -> n.address().contains("[?]")), "everything is known offline");
    }

    @Test
    void regionsFollowProviderAliasesThroughModules() {
        assertEquals(Value.str("eu-central-1"), node("module.storage.aws_s3_bucket.replica").region());
        assertEquals(Value.str("eu-central-1"), node("module.ops.aws_backup_vault.dr").region());
        assertEquals(Value.str("us-east-1"), node("module.edge.aws_wafv2_web_acl.cloudfront").region());
        assertEquals(Value.str("eu-west-1"), node("module.app[\"web\"].aws_ecs_service.this").region());
        assertEquals("provider[\"registry.terraform.io/hashicorp/aws\"].dr", node("module.storage.aws_s3_bucket.replica").instance().provider().address());
    }

    @Test
    void edgesArePreciseThroughModuleOutputs() {
        ResourceInstance svc = node("module.app[\"web\"].aws_ecs_service.this").instance();
        assertTrue(svc.dependsOn().contains("module.network.aws_subnet.private[\"eu-west-1a\"]"), svc.dependsOn().toString());
        assertTrue(svc.dependsOn().stream().noneMatch(d -> d.contains("aws_subnet.public") || d.contains("aws_eip")),
                "only the subnets the service runs in: " + svc.dependsOn());
        assertTrue(graph.edges().contains(new ResourceGraph.Edge("module.storage.aws_s3_bucket_replication_configuration.assets",
                "module.storage.aws_s3_bucket.replica")));
    }

    @Test
    void architectureMatchesTheStack() {
        Architecture a = adapted.architecture();
        assertTrue(adapted.unmodelled().isEmpty(), adapted.unmodelled().toString());
        Component db = a.component("module.data.aws_rds_cluster.this").orElseThrow();
        assertEquals("aws.aurora", db.service());
        assertEquals(2, db.sizing().count());
        assertTrue(db.isTrue(Keys.ENCRYPTED_AT_REST) && db.isTrue(Keys.DELETION_PROTECTION));
        Setting<Engine> engine = db.setting(Keys.ENGINE).orElseThrow();
        assertEquals(Engine.POSTGRESQL, engine.value(), "aurora-postgresql");
        assertEquals(new SourcePosition("examples/terraform/shop/modules/data/databases.tf", 46, 3), engine.at());
        Setting<String> copy = db.setting(Keys.COPY_TO_REGION).orElseThrow();
        assertEquals("eu-central-1", copy.value(), "the backup plan copies to the DR vault");
        assertEquals("examples/terraform/shop/modules/ops/backup.tf", copy.at().file(), "written by the backup plan, not the cluster");
        assertEquals(Map.of(), db.unresolved());
        Component svc = a.component("module.app[\"api\"].aws_ecs_service.this").orElseThrow();
        assertEquals(List.of("eu-west-1a", "eu-west-1b", "eu-west-1c"), svc.placement().zones());
        Setting<Arch> arch = svc.setting(Keys.ARCH).orElseThrow();
        assertEquals(Setting.Origin.EXPLICIT, arch.from());
        assertEquals(Arch.ARM, arch.value());
        assertEquals(new SourcePosition("examples/terraform/shop/modules/app/ecs.tf", 36, 5), arch.at());
        assertTrue(a.components().stream().allMatch(c -> c.unresolved().isEmpty()), "everything in the example is known offline");
        List<Connection> cs = a.connections();
        assertTrue(cs.contains(new Connection("module.app[\"api\"].aws_lb.this", "module.app[\"api\"].aws_ecs_service.this", Connection.Kind.TRAFFIC,
                "HTTP", 8080, true)), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.from().equals("module.edge.aws_cloudfront_distribution.this") && c.to().equals("module.app[\"web\"].aws_lb.this")));
        assertTrue(cs.stream().anyMatch(c -> c.from().equals("module.app[\"web\"].aws_ecs_service.this") && c.to().equals("module.data.aws_rds_cluster.this")
                && c.port() == 5432));
    }

    @Test
    void graphAndArchitectureMatchGolden() throws IOException {
        StringBuilder sb = new StringBuilder("# instances: address | region | provider\n");
        for (ResourceGraph.Node n : graph.nodes()) {
            sb.append(n.address()).append(" | ").append(n.region() instanceof Value.Str s ? s.value() : "?").append(" | ")
                    .append(n.instance().provider() == null ? "-" : n.instance().provider().address()).append('\n');
        }
        sb.append("# edges: from -> to\n");
        for (ResourceGraph.Edge e : graph.edges()) {
            sb.append(e.from()).append(" -> ").append(e.to()).append('\n');
        }
        Golden.check("terraform/shop", "graph.txt", sb.toString());
        Golden.check("terraform/shop", "architecture.json", Json.pretty(adapted.architecture()));
    }

    /** The example priced resource by resource, as `cloudwright cost` prints it: every charge on the resource billed for it. */
    @Test
    void costByResourceMatchesGolden() throws IOException {
        var project = dev.cloudwright.pricing.ResourceCosts.price("examples/terraform/shop", "eu-west-1", adapted.architecture(), adapted.inventory(),
                dev.cloudwright.pricing.AwsCostModel.standard());
        Golden.check("terraform/shop", "cost.txt", dev.cloudwright.render.CostRenderer.table(project, null));
        assertEquals(0, project.summary().unsupported(), "every resource of the example is modelled");
    }

    /** The example reviewed, as `cloudwright review` prints it: each finding where it is, with the fix and its cost. */
    @Test
    void reviewMatchesGolden() throws IOException {
        var review = dev.cloudwright.review.Reviewer.standard().review(adapted.architecture(), false);
        var triage = dev.cloudwright.review.Triage.of(review, dev.cloudwright.review.ProjectConfig.NONE, f -> f, null, null);
        Golden.check("terraform/shop", "review.txt", dev.cloudwright.render.ReviewRenderer.table(new dev.cloudwright.render.ReviewReport(
                "examples/terraform/shop", null, triage, dev.cloudwright.review.AwsRules.ALL, null, List.of(), "dev")));
        assertTrue(triage.findings().stream().noneMatch(f -> f.rule().severity() == dev.cloudwright.review.Severity.CRITICAL));
    }

    @Test
    void readingTwiceGivesTheSameGraph() {
        ResourceGraph again = TerraformProject.read(TestFiles.root().resolve("examples/terraform/shop"), "examples/terraform/shop",
                ConfigEvaluator.Options.defaults());
        assertEquals(dev.cloudwright.render.GraphRenderer.json(graph.view()), dev.cloudwright.render.GraphRenderer.json(again.view()));
    }
}
