package dev.cloudwright.terraform.graph;

import dev.cloudwright.core.DataFile;
import dev.cloudwright.core.Tsv;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import dev.cloudwright.terraform.module.EvaluatedBody;
import dev.cloudwright.terraform.module.ResourceInstance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The resource instances of a configuration (or plan) and the dependencies between them: an edge
 * from A to B means A refers to B (directly, or through locals, variables and module outputs) or
 * names it in {@code depends_on}. Each instance knows its provider configuration and region.
 */
public record ResourceGraph(
        List<Node> nodes,
        List<Edge> edges,
        Map<String, Value> outputs,
        List<ConfigEvaluator.Unresolved> unresolved,
        List<Diagnostic> diagnostics) {

    /** A resource instance with its region (Unknown when set by the environment). */
    public record Node(ResourceInstance instance, Value region) {
        public String address() {
            return instance.address();
        }
    }

    public record Edge(String from, String to) {}

    private record RegionRule(String providerRegion, List<String> resourceRegion, String zone) {}

    private static final Supplier<Map<String, RegionRule>> RULES = DataFile.lazy("dev/cloudwright/terraform/providers.tsv", ResourceGraph::rules);

    private static Map<String, RegionRule> rules(List<Tsv.Row> rows) {
        Map<String, RegionRule> m = new HashMap<>();
        for (Tsv.Row r : rows) {
            String pr = r.get("provider_region");
            String z = r.get("zone");
            m.put(r.get("provider"), new RegionRule(pr.equals("-") ? null : pr, List.of(r.get("resource_region").split(",")), z.equals("-") ? null : z));
        }
        return m;
    }

    public static ResourceGraph of(ConfigEvaluator.Result r) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Set<String> present = new TreeSet<>();
        for (ResourceInstance i : r.resources()) {
            present.add(i.address());
        }
        for (ResourceInstance i : r.resources()) {
            nodes.add(new Node(i, region(i)));
            for (String d : i.dependsOn()) {
                if (present.contains(d)) {
                    edges.add(new Edge(i.address(), d));
                }
            }
        }
        return new ResourceGraph(List.copyOf(nodes), List.copyOf(edges), r.outputs(), r.unresolved(), r.diagnostics());
    }

    /** The graph as plain data for renderers (no evaluator types). */
    public GraphView view() {
        return ViewBuilder.of(this);
    }

    /** The region of an instance: its own region argument, else its zone's region, else its provider's region. */
    static Value region(ResourceInstance i) {
        String provider = i.provider() == null ? i.type().substring(0, Math.max(0, i.type().indexOf('_'))) : i.provider().type();
        RegionRule rule = RULES.get().get(provider);
        if (rule == null) {
            return Value.unknown("no region for provider " + provider);
        }
        for (String a : rule.resourceRegion()) {
            EvaluatedBody.Attr attr = i.body().attribute(a);
            if (attr != null && !attr.value().isNull()) {
                return attr.value();
            }
        }
        if (rule.zone() != null) {
            EvaluatedBody.Attr z = i.body().attribute(rule.zone());
            if (z != null && z.value() instanceof Value.Str s && s.value().lastIndexOf('-') > 0) {
                return Value.str(s.value().substring(0, s.value().lastIndexOf('-')));
            }
        }
        if (rule.providerRegion() != null && i.provider() != null && i.provider().config() != null) {
            EvaluatedBody.Attr pr = i.provider().config().attribute(rule.providerRegion());
            if (pr != null && !pr.value().isNull()) {
                return pr.value();
            }
        }
        return Value.unknown(rule.providerRegion() == null ? "the resource sets no " + String.join(" or ", rule.resourceRegion())
                : "the region is not set in the configuration (it comes from the environment)");
    }
}
