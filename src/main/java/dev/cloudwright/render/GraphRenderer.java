package dev.cloudwright.render;

import dev.cloudwright.core.Json;
import dev.cloudwright.terraform.graph.GraphView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes a resource graph as JSON (every instance with its evaluated attributes) or as Graphviz DOT. */
public final class GraphRenderer {

    private GraphRenderer() {}

    public static String json(GraphView g) {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<Object> resources = new ArrayList<>();
        for (GraphView.Node n : g.nodes()) {
            resources.add(resource(n));
        }
        doc.put("resources", resources);
        List<Object> edges = new ArrayList<>();
        for (GraphView.Edge e : g.edges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", e.from());
            m.put("to", e.to());
            edges.add(m);
        }
        doc.put("edges", edges);
        Map<String, Object> outputs = new TreeMap<>();
        for (Map.Entry<String, GraphView.Attribute> o : g.outputs().entrySet()) {
            outputs.put(o.getKey(), valueEntry(o.getValue()));
        }
        doc.put("outputs", outputs);
        List<Object> unresolved = new ArrayList<>();
        for (GraphView.Unresolved u : g.unresolved()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("module", u.module());
            m.put("source", u.source());
            m.put("reason", u.reason());
            unresolved.add(m);
        }
        doc.put("unresolved_modules", unresolved);
        List<Object> diags = new ArrayList<>();
        for (GraphView.Problem d : g.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", d.severity());
            m.put("summary", d.summary());
            m.put("detail", d.detail());
            m.put("at", d.at());
            diags.add(m);
        }
        doc.put("diagnostics", diags);
        return Json.pretty(doc);
    }

    private static Map<String, Object> resource(GraphView.Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", n.address());
        m.put("mode", n.mode());
        m.put("type", n.type());
        m.put("name", n.name());
        if (!n.module().isEmpty()) {
            m.put("module", n.module());
        }
        if (n.index() != null) {
            m.put("index", n.index());
        } else if (n.indexUnknown()) {
            m.put("index_unknown", true);
        }
        if (n.provider() != null) {
            m.put("provider", n.provider());
        }
        m.put("region", n.region());
        if (n.regionUnknown() != null) {
            m.put("region_unknown", n.regionUnknown());
        }
        m.put("at", n.at());
        body(m, n.body());
        m.put("depends_on", n.dependsOn());
        return m;
    }

    private static void body(Map<String, Object> m, GraphView.Body b) {
        Map<String, Object> attrs = new TreeMap<>();
        for (Map.Entry<String, GraphView.Attribute> a : b.attributes().entrySet()) {
            Map<String, Object> e = valueEntry(a.getValue());
            if (!a.getValue().references().isEmpty()) {
                e.put("references", a.getValue().references());
            }
            attrs.put(a.getKey(), e);
        }
        m.put("attributes", attrs);
        if (!b.blocks().isEmpty()) {
            List<Object> blocks = new ArrayList<>();
            for (GraphView.Block nb : b.blocks()) {
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("type", nb.type());
                if (!nb.labels().isEmpty()) {
                    bm.put("labels", nb.labels());
                }
                if (nb.repetitionsUnknown()) {
                    bm.put("repetitions_unknown", true);
                }
                bm.put("at", nb.at());
                body(bm, nb.body());
                blocks.add(bm);
            }
            m.put("blocks", blocks);
        }
    }

    /** {@code {"value": V}} with, when not wholly known, the unknown paths and the first reason. */
    private static Map<String, Object> valueEntry(GraphView.Attribute a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", a.value());
        if (!a.unknown().isEmpty()) {
            m.put("unknown", a.unknown().stream().map(GraphView.Unknown::path).toList());
            m.put("reason", a.unknown().get(0).reason());
        }
        if (a.at() != null) {
            m.put("at", a.at());
        }
        return m;
    }

    /** Graphviz DOT: one cluster per module instance, data sources dashed. */
    public static String dot(GraphView g) {
        StringBuilder sb = new StringBuilder("digraph terraform {\n  rankdir = \"LR\";\n  node [shape = \"box\", fontname = \"Helvetica\"];\n");
        Map<String, List<GraphView.Node>> byModule = new TreeMap<>();
        for (GraphView.Node n : g.nodes()) {
            byModule.computeIfAbsent(n.module(), k -> new ArrayList<>()).add(n);
        }
        int cluster = 0;
        for (Map.Entry<String, List<GraphView.Node>> e : byModule.entrySet()) {
            String indent = "  ";
            if (!e.getKey().isEmpty()) {
                sb.append("  subgraph \"cluster_").append(cluster++).append("\" {\n    label = ").append(quote(e.getKey())).append(";\n");
                indent = "    ";
            }
            for (GraphView.Node n : e.getValue()) {
                String local = n.address().substring(n.module().isEmpty() ? 0 : n.module().length() + 1);
                sb.append(indent).append(quote(n.address())).append(" [label = ").append(quote(local + "\\n" + (n.region() instanceof String s
                        ? s : "region not known"))).append(n.isData() ? ", style = \"dashed\"" : "").append("];\n");
            }
            if (!e.getKey().isEmpty()) {
                sb.append("  }\n");
            }
        }
        for (GraphView.Edge e : g.edges()) {
            sb.append("  ").append(quote(e.from())).append(" -> ").append(quote(e.to())).append(";\n");
        }
        return sb.append("}\n").toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\\\\n", "\\n") + "\"";
    }
}
