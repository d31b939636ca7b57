package dev.cloudwright;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.ServiceCatalog;
import dev.cloudwright.model.Setting;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.model.Usage;
import dev.cloudwright.pricing.AwsCostModel;
import dev.cloudwright.pricing.ComponentCost;
import dev.cloudwright.pricing.CostLine;
import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.adapt.AwsAdapter;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * From Terraform to a price, across the package boundaries: each snippet in {@code src/test/resources/crossing/} is read,
 * adapted to the model and priced as it is (engine, architecture, capacity and deployment included), with the same
 * reference traffic on every component. Every component must price to a non-zero figure with no unpriced line, except
 * for the prices the catalog is known to lack and services that are free by themselves; the cost lines are compared with {@code golden/crossing/<snippet>.txt}.
 */
class AdaptAndPriceTest {
    static final Path SNIPPETS = TestFiles.root().resolve("src/test/resources/crossing");
    /** Prices the catalog has no AWS-sourced figure for yet (reported as not priced, never as $0). */
    static final Set<String> KNOWN_MISSING = Set.of();
    /** Traffic applied where the adapted component has no usage of its own (Terraform does not say how much a resource is used). */
    static final Map<String, Double> REFERENCE_USAGE = referenceUsage();
    /** Run time of scheduled tasks, which Terraform does not say either. */
    static final Map<String, Map<String, Double>> SERVICE_USAGE = Map.of("aws.fargate-batch", Map.of(Usage.VCPU_HOURS, 100.0, Usage.GB_HOURS, 200.0));
    /** Placement fields that do not change a price (a single-zone database's zone is chosen by AWS). */
    static final Set<String> PRICE_NEUTRAL = Set.of("zones");
    /** Settings that no charge reads: when the configuration leaves them to an account default, review says so, not cost. */
    static final Set<String> PRICE_NEUTRAL_SETTINGS = Set.of(Keys.IMDSV2_REQUIRED.name(), Keys.ENCRYPTED_AT_REST.name());
    static final double REFERENCE_STORAGE_GB = 100;
    /** Roles whose stored data is a usage when the configuration does not size it. */
    static final Set<Role> HOLDS_DATA = Set.of(Role.DATABASE, Role.STORAGE, Role.STREAMING, Role.ANALYTICS);

    @TempDir
    Path dir;

    static Stream<String> snippets() throws IOException {
        try (Stream<Path> s = Files.list(SNIPPETS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tf")).map(n -> n.substring(0, n.length() - 3))
                    .sorted().toList().stream();
        }
    }

    private static Map<String, Double> referenceUsage() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String k : List.of(Usage.REQUESTS, Usage.MESSAGES, Usage.API_CALLS, Usage.QUERIES, Usage.PUT_REQUESTS, Usage.GET_REQUESTS,
                Usage.READ_UNITS, Usage.WRITE_UNITS, Usage.IO_REQUESTS, Usage.EVENTS, Usage.DATA_EVENTS, Usage.NEW_CONNECTIONS,
                Usage.CONNECTION_MINUTES, Usage.TRANSITIONS, Usage.PUT_UNITS, Usage.PUBLISHED_EVENTS, Usage.ECPUS)) {
            m.put(k, 1_000_000.0);
        }
        for (String k : List.of(Usage.CONFIG_ITEMS, Usage.EVALUATIONS, Usage.CHECKS)) {
            m.put(k, 10_000.0);
        }
        m.put(Usage.GB_SECONDS, 400_000.0);
        for (String k : List.of(Usage.EGRESS_GB, Usage.PROCESSED_GB, Usage.STANDARD_GB, Usage.INFREQUENT_GB, Usage.ARCHIVE_GB, Usage.LOG_GB,
                Usage.LOG_STORAGE_GB, Usage.FLOW_LOG_GB, Usage.ANALYSED_GB, Usage.BACKUP_GB, Usage.INGESTED_GB, Usage.RETRIEVED_GB,
                Usage.ARCHIVE_PROCESSED_GB, Usage.ARCHIVE_STORAGE_GB)) {
            m.put(k, 100.0);
        }
        return m;
    }

    private List<Component> adapt(String snippet) throws IOException {
        Path root = dir.resolve(snippet);
        Files.createDirectories(root);
        Files.writeString(root.resolve("main.tf"), "provider \"aws\" { region = \"us-east-1\" }\n" + Files.readString(SNIPPETS.resolve(snippet + ".tf")));
        ResourceGraph g = TerraformProject.read(root, ".", ConfigEvaluator.Options.defaults());
        assertTrue(g.diagnostics().stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR), snippet + ": " + g.diagnostics());
        return AwsAdapter.adapt(g, snippet).architecture().components();
    }

    private static Component withTraffic(Component c) {
        Component.Builder b = c.toBuilder();
        Sizing z = c.sizing();
        if (z.storageGb() == null && HOLDS_DATA.contains(c.role())) {
            // how much data a cluster, table, repository or snapshot holds is not in its configuration either
            b.sizing(z.toBuilder().storageGb(REFERENCE_STORAGE_GB)
                    .build());
        }
        SERVICE_USAGE.getOrDefault(c.service(), Map.of()).forEach((k, v) -> {
            if (!c.usage().containsKey(k)) {
                b.usage(k, v);
            }
        });
        REFERENCE_USAGE.forEach((k, v) -> {
            if (!c.usage().containsKey(k)) {
                b.usage(k, v);
            }
        });
        return b.build();
    }

    @ParameterizedTest
    @MethodSource("snippets")
    void everyAdaptedComponentPricesAsWritten(String snippet) throws IOException {
        AwsCostModel model = AwsCostModel.standard();
        StringBuilder out = new StringBuilder();
        List<String> problems = new ArrayList<>();
        for (Component c : adapt(snippet)) {
            for (Map.Entry<String, Setting<?>> s : c.settings().entrySet()) {
                if (!s.getValue().known() && !PRICE_NEUTRAL_SETTINGS.contains(s.getKey())) {
                    problems.add(c.id() + ": setting " + s.getKey() + " not known (" + s.getValue().basis() + ")");
                }
            }
            c.unresolved().forEach((f, why) -> {
                if (!PRICE_NEUTRAL.contains(f)) {
                    problems.add(c.id() + ": " + f + " not known (" + why + ")");
                }
            });
            ComponentCost cost = model.price(withTraffic(c));
            out.append(c.id()).append(" (").append(c.service()).append(")\n");
            for (CostLine l : cost.lines()) {
                if (l.usageBased() && l.quantity() == 0) {
                    continue; // a usage the snippet's traffic does not give: it depends on usage
                }
                out.append(String.join(" | ", "  " + l.priceKey(), l.name(), num(l.quantity()) + " " + l.unit(),
                        String.format(Locale.ROOT, "%.2f", l.monthlyUsd()))).append('\n');
                if (l.quantity() <= 0) {
                    problems.add(c.id() + ": nothing counted for " + l.priceKey() + " (" + l.name() + ")");
                }
                if (l.priceRegion().equals(CostLine.UNPRICED) && !KNOWN_MISSING.contains(l.priceKey())) {
                    problems.add(c.id() + ": not priced: " + l.priceKey() + " (" + l.name() + ")");
                }
            }
            out.append(String.format(Locale.ROOT, "  total %.2f%n", cost.monthlyUsd()));
            boolean onlyMissingPrices = !cost.lines().isEmpty() && cost.lines().stream().allMatch(l -> KNOWN_MISSING.contains(l.priceKey()));
            if (cost.monthlyUsd() <= 0 && !AwsCostModel.free(c.service()) && !onlyMissingPrices) {
                problems.add(c.id() + " (" + c.service() + ") prices at $0");
            }
        }
        assertEquals(List.of(), problems, snippet);
        Golden.check("crossing", snippet + ".txt", out.toString());
    }

    /** Every service an adapter can produce is produced, and priced, by at least one snippet. */
    @Test
    void snippetsCoverEveryServiceTheAdaptersMap() throws IOException {
        Set<String> produced = new TreeSet<>();
        for (String s : snippets().toList()) {
            adapt(s).forEach(c -> produced.add(c.service()));
        }
        Set<String> mapped = new TreeSet<>(AwsAdapter.services());
        mapped.removeAll(produced);
        assertEquals(Set.of(), mapped, "services the adapters map but no snippet in " + SNIPPETS + " produces");
        assertTrue(ServiceCatalog.aws().all().keySet().containsAll(produced), "every produced service is in services.tsv");
    }

    static String num(double v) {
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
