package dev.cloudwright.terraform.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.TestFiles;
import dev.cloudwright.design.Design;
import dev.cloudwright.design.Designer;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.pricing.AwsCostModel;
import dev.cloudwright.requirements.RequirementsParser;
import dev.cloudwright.terraform.adapt.AwsAdapter;
import dev.cloudwright.terraform.config.ConfigTree;
import dev.cloudwright.terraform.config.SchemaCheck;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import dev.cloudwright.terraform.module.Inputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Terraform written for every example design: valid against the provider schema, read back by the
 * Terraform loader into the design's components with the same sizes (so the same cost), secure by
 * default, and deterministic.
 */
class GeneratedTerraformTest {

    @TempDir
    Path tmp;

    /** The variables the README asks the user to set: the generated example values. */
    private static List<Inputs.Option> vars(Path dir) {
        return List.of(new Inputs.Option.VarFile(dir.resolve("terraform.tfvars.example").toString()));
    }

    /** An example, or the e-commerce example with its compute style forced ("ecommerce-kubernetes", "ecommerce-vms", ...). */
    private static Design design(String example) {
        if (example.startsWith("claims/")) {
            return GeneratedCases.design(example);
        }
        int dash = example.indexOf('-');
        if (example.startsWith("ecommerce-")) {
            try {
                Path f = Files.createTempFile("cloudwright-", ".yaml");
                Files.writeString(f, TestFiles.read(TestFiles.example("ecommerce.yaml")).replace("style: auto", "style: " + example.substring(dash + 1)));
                return new Designer().design(RequirementsParser.parseFile(f));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new Designer().design(RequirementsParser.parseFile(TestFiles.example(example + ".yaml")));
    }

    private Path write(Design d) throws IOException {
        for (AwsTerraformWriter.File f : AwsTerraformWriter.write(d.architecture(), new AwsTerraformWriter.Project(d.name(), "production", "platform",
                "unassigned"))) {
            Path p = tmp.resolve(f.path());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.text(), StandardCharsets.UTF_8);
        }
        return tmp.resolve("terraform");
    }

    private static List<String> errors(List<Diagnostic> ds) {
        return ds.stream().filter(x -> x.severity() == Diagnostic.Severity.ERROR).map(Diagnostic::format).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "startup", "regulated-api", "global-service", "ecommerce-kubernetes", "ecommerce-vms", "ecommerce-serverless",
        "claims/serverless-cdn", "claims/serverless-two-regions"})
    void validAgainstTheProviderSchema(String example) throws IOException {
        Path dir = write(design(example));
        ConfigTree.Loaded tree = ConfigTree.load(dir, "terraform");
        assertEquals(List.of(), errors(tree.diagnostics()), "syntax and module loading");
        assertEquals(List.of(), errors(SchemaCheck.check(tree.root())), "schema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "startup", "regulated-api", "global-service", "ecommerce-kubernetes", "ecommerce-vms", "ecommerce-serverless",
        "claims/hipaa", "claims/memcached", "claims/serverless-cdn", "claims/serverless-two-regions"})
    void readsBackIntoTheDesignsComponentsAtTheSameCost(String example) throws IOException {
        Design d = design(example);
        Path dir = write(d);
        var result = ConfigEvaluator.evaluate(ConfigTree.load(dir, "terraform"), new ConfigEvaluator.Options(vars(dir), Map.of(), "default"));
        assertEquals(List.of(), errors(result.diagnostics()), "evaluation");
        assertEquals(List.of(), result.diagnostics().stream().map(Diagnostic::format).toList(), "no warnings either");
        assertTrue(result.resources().stream().noneMatch(i -> i.address().contains("[?]")), "everything is known offline");
        AwsAdapter.Adapted adapted = AwsAdapter.adapt(ResourceGraph.of(result), example);
        // Each resource carries the design component it implements (tag cloudwright:component); a module may tag several
        // components with one id (the network module: VPC and NAT gateways), so the service decides among them.
        Map<String, List<Component>> byDesignId = new HashMap<>();
        for (Component c : adapted.architecture().components()) {
            String id = c.value(Keys.DESIGN_COMPONENT);
            if (id != null) {
                byDesignId.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
            }
        }
        java.util.Set<String> claimed = new java.util.HashSet<>();
        AwsCostModel prices = AwsCostModel.standard();
        List<String> problems = new ArrayList<>();
        for (Component want : d.architecture().components()) {
            Component got = byDesignId.getOrDefault(want.id(), List.of()).stream().filter(c -> sameService(want, c)).findFirst()
                    .orElseGet(() -> adapted.architecture().components().stream().filter(c -> sameService(want, c) && !claimed.contains(c.id())
                            && (c.placement().isGlobal() || c.region().equals(want.region()))).findFirst().orElse(null));
            if (got != null) {
                claimed.add(got.id());
            }
            if (got == null) {
                if (!folded(want, d) && !(want.service().equals("aws.route53") && unpointedDns(d))) {
                    problems.add(want.id() + " (" + want.service() + ") has no component in the generated Terraform");
                }
                continue;
            }
            // A global component may live in one region (a key in CloudFront's region).
            if (!got.placement().isGlobal() && !want.placement().isGlobal() && !got.region().equals(want.region())) {
                problems.add(want.id() + ": region " + got.region() + " instead of " + want.region());
            }
            // The component read from the Terraform, priced as it is (engine, architecture, deployment, storage
            // configuration and sizes as read), costs what the design says; only what Terraform cannot say (traffic,
            // and the data a cluster or table holds) is taken from the design.
            double a = prices.price(want).monthlyUsd();
            double b = prices.price(asRead(got, want)).monthlyUsd();
            if (Math.abs(a - b) > 0.01) {
                problems.add(want.id() + ": $" + b + " a month from the Terraform, $" + a + " in the design (" + got.settings() + "; sizing "
                        + got.sizing() + " vs " + want.sizing() + ")");
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * Every custom origin of the CDN is a name the Terraform creates a record for (the load balancers' or the APIs'
     * origin name), and an API behind the CDN answers on that name with its execute-api endpoint disabled.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "ecommerce-kubernetes", "ecommerce-vms", "ecommerce-serverless", "claims/serverless-cdn",
        "claims/serverless-two-regions"})
    void theCdnOriginResolves(String example) throws IOException {
        Path dir = write(design(example));
        var result = ConfigEvaluator.evaluate(ConfigTree.load(dir, "terraform"), new ConfigEvaluator.Options(vars(dir), Map.of(), "default"));
        java.util.Set<String> records = new java.util.TreeSet<>();
        java.util.Set<String> apiDomains = new java.util.TreeSet<>();
        List<String> origins = new ArrayList<>();
        boolean api = false;
        for (var i : result.resources()) {
            switch (i.type()) {
                case "aws_route53_record" -> records.add(text(i.body().attribute("name").value()));
                case "aws_apigatewayv2_domain_name" -> apiDomains.add(text(i.body().attribute("domain_name").value()));
                case "aws_apigatewayv2_api" -> {
                    api = true;
                    assertEquals(Boolean.TRUE, ((dev.cloudwright.terraform.eval.Value.Bool) i.body().attribute("disable_execute_api_endpoint").value()).value(),
                            i.address() + " behind the CDN keeps its execute-api endpoint");
                }
                case "aws_cloudfront_distribution" -> {
                    for (var o : i.body().blocks("origin")) {
                        if (!o.body().blocks("custom_origin_config").isEmpty()) {
                            origins.add(text(o.body().attribute("domain_name").value()));
                        }
                    }
                }
                default -> { }
            }
        }
        assertTrue(!origins.isEmpty(), "the design has a CDN with a custom origin");
        for (String o : origins) {
            assertTrue(records.contains(o), o + " has no record; records: " + records);
            if (api) {
                assertTrue(apiDomains.contains(o), o + " is not a custom domain of the API: " + apiDomains);
            }
        }
    }

    /** Aurora PostgreSQL's managed RPO is a switch, off by default, that reaches every cluster of the global database. */
    @Test
    void managedRpoIsASwitchOnEveryClusterOfTheGlobalDatabase() throws IOException {
        Path dir = write(design("ecommerce"));
        for (String value : List.of("default", "60")) {
            List<Inputs.Option> opts = new ArrayList<>(vars(dir));
            if (!value.equals("default")) {
                opts.add(new Inputs.Option.Var("aurora_managed_rpo_seconds=" + value));
            }
            var result = ConfigEvaluator.evaluate(ConfigTree.load(dir, "terraform"), new ConfigEvaluator.Options(opts, Map.of(), "default"));
            assertEquals(List.of(), errors(result.diagnostics()));
            List<String> set = new ArrayList<>();
            int groups = 0;
            for (var i : result.resources()) {
                if (i.type().equals("aws_rds_cluster_parameter_group")) {
                    groups++;
                    for (var b : i.body().blocks("parameter")) {
                        if (text(b.body().attribute("name").value()).equals("rds.global_db_rpo")) {
                            set.add(text(b.body().attribute("value").value()));
                        }
                    }
                }
            }
            assertEquals(2, groups, "a primary and a secondary cluster");
            assertEquals(value.equals("default") ? List.of() : List.of("60", "60"), set);
        }
    }

    /** A known string, or "?" (certificate validation records are named only after apply). */
    private static String text(dev.cloudwright.terraform.eval.Value v) {
        return v instanceof dev.cloudwright.terraform.eval.Value.Str str ? str.value() : "?";
    }

    /**
     * What the design bills by count (customer managed keys, secrets, alarms, health checks) is what the Terraform
     * creates, region by region: a bill for 4 keys when the Terraform makes 3 is wrong either way.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "startup", "regulated-api", "global-service", "ecommerce-kubernetes", "ecommerce-vms", "ecommerce-serverless",
        "claims/serverless-cdn", "claims/serverless-two-regions", "claims-archive", "staging"})
    void countedQuantitiesAreWhatTheTerraformCreates(String example) throws IOException {
        Design d = design(example);
        Path dir = write(d);
        var result = ConfigEvaluator.evaluate(ConfigTree.load(dir, "terraform"), new ConfigEvaluator.Options(vars(dir), Map.of(), "default"));
        AwsAdapter.Adapted adapted = AwsAdapter.adapt(ResourceGraph.of(result), example);
        List<String> problems = new ArrayList<>();
        for (String key : List.of(dev.cloudwright.model.Usage.KEYS, dev.cloudwright.model.Usage.SECRETS, dev.cloudwright.model.Usage.ALARMS,
                dev.cloudwright.model.Usage.HEALTH_CHECKS)) {
            // A replicated secret is one component in its primary's region; its replicas are billed as secrets: compare totals.
            boolean total = key.equals(dev.cloudwright.model.Usage.SECRETS);
            Map<String, Double> designed = countBy(d.architecture().components(), key, total);
            Map<String, Double> written = countBy(adapted.architecture().components(), key, total);
            if (!designed.equals(written)) {
                problems.add(key + ": the design bills " + designed + ", the Terraform creates " + written);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static Map<String, Double> countBy(List<Component> cs, String key, boolean total) {
        Map<String, Double> out = new java.util.TreeMap<>();
        for (Component c : cs) {
            if (c.usage(key) > 0) {
                out.merge(total ? "all regions" : c.placement().isGlobal() ? "global" : c.region(), c.usage(key), Double::sum);
            }
        }
        return out;
    }

    /** A serverless front door (API Gateway without a custom domain yet): no record is written; the README says so. */
    private static boolean unpointedDns(Design d) {
        return d.architecture().components().stream().noneMatch(c -> c.service().equals("aws.alb") || c.service().equals("aws.cloudfront"));
    }

    private static boolean sameService(Component want, Component got) {
        return got.service().equals(want.service());
    }

    /**
     * Components the Terraform implements inside another one: the RDS proxy in the database module, the HTTP API in
     * the function's module, a secret's replica as a replica of the primary secret, a global table's replica region;
     * and the regional WAF of a serverless design, which AWS cannot attach to an HTTP API (the README says so).
     */
    private static boolean folded(Component c, Design d) {
        String primary = d.architecture().regions().get(0).region();
        boolean secondaryRegion = !c.placement().isGlobal() && !c.region().equals(primary);
        return c.service().equals("aws.rds-proxy") || c.service().equals("aws.apigateway-http")
                || c.service().equals("aws.secrets-manager") && secondaryRegion
                || c.service().equals("aws.dynamodb") && c.value(Keys.GLOBAL_TABLE_REGIONS) != null && secondaryRegion
                || c.service().equals("aws.waf") && !c.placement().isGlobal() && unpointedDns(d);
    }

    /** The adapted component with the design's usage, and the design's stored data where the Terraform does not size it. */
    private static Component asRead(Component got, Component want) {
        var g = got.sizing();
        Double storage = g.storageGb() != null ? g.storageGb() : want.sizing().storageGb();
        var sizing = new dev.cloudwright.model.Sizing(g.sku(), g.vcpu(), g.memoryGb(), g.count(), g.min(), g.max(), storage, g.shards(),
                g.replicas(), g.scaling());
        return got.toBuilder().sizing(sizing).usage(want.usage()).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "startup", "regulated-api", "global-service", "ecommerce-kubernetes", "ecommerce-vms", "ecommerce-serverless"})
    void secureByDefault(String example) throws IOException {
        Design d = design(example);
        Path dir = write(d);
        var result = ConfigEvaluator.evaluate(ConfigTree.load(dir, "terraform"), new ConfigEvaluator.Options(vars(dir), Map.of(), "default"));
        AwsAdapter.Adapted adapted = AwsAdapter.adapt(ResourceGraph.of(result), example);
        List<String> problems = new ArrayList<>();
        for (Component c : adapted.architecture().components()) {
            String open = c.value(Keys.OPEN_INGRESS);
            if (open != null && (c.role() != Role.LOAD_BALANCER || !open.matches("from anywhere on (port (443|80)(, )?)+"))) {
                problems.add(c.id() + ": open ingress " + open);
            }
            boolean stores = c.role() == Role.DATABASE || c.role() == Role.CACHE || c.role() == Role.OBJECT_STORAGE || c.role() == Role.SECRETS
                    || c.role() == Role.QUEUE;
            if (stores && !c.isTrue(Keys.ENCRYPTED_AT_REST)) {
                problems.add(c.id() + ": not encrypted at rest");
            }
            if ((c.role() == Role.DATABASE && !c.service().equals("aws.dynamodb") || c.role() == Role.CACHE) && !c.isTrue(Keys.ENCRYPTED_IN_TRANSIT)
                    && !c.isTrue(Keys.IAM_AUTH)) {
                // TLS to databases is enforced by parameter groups; caches must say so explicitly
                if (c.role() == Role.CACHE) {
                    problems.add(c.id() + ": cache without encryption in transit");
                }
            }
            if (c.isTrue(Keys.VALUE_IN_CONFIGURATION) || c.value(Keys.PASSWORD) != null && c.value(Keys.PASSWORD).contains("configuration")) {
                problems.add(c.id() + ": a password in the configuration");
            }
        }
        Pattern secretVariable = Pattern.compile("variable \"[a-z_]*(password|secret|token|api_key|private_key)[a-z_]*\"");
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tf")).toList()) {
                String text = Files.readString(f);
                var m = secretVariable.matcher(text);
                while (m.find()) {
                    if (!m.group().contains("kms_key") && !m.group().contains("key_arn") && !m.group().contains("hash_key")
                            && !m.group().contains("range_key") && !m.group().contains("secret_arns") && !m.group().contains("secret_name")
                            && !m.group().contains("\"manage_")) {
                        problems.add(tmp.relativize(f) + ": " + m.group());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "global-service"})
    void deterministic(String example) {
        Design d = design(example);
        var a = AwsTerraformWriter.write(d.architecture(), new AwsTerraformWriter.Project(d.name(), "production", "platform", "unassigned"));
        var b = AwsTerraformWriter.write(design(example).architecture(), new AwsTerraformWriter.Project(d.name(), "production", "platform", "unassigned"));
        assertEquals(a, b);
        assertFalse(a.isEmpty());
    }
}
