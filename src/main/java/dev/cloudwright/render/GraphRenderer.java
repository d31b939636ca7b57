package dev.cloudwright.render;

import dev.cloudwright.core.Json;
import dev.cloudwright.terraform.eval.Convert;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.module.EvaluatedBody;
import dev.cloudwright.terraform.module.InstanceKey;
import dev.cloudwright.terraform.module.ResourceInstance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes a resource graph as JSON (every instance with its evaluated attributes) or as Graphviz DOT. */
public final class GraphRenderer {

    private GraphRenderer() {}

    public static String json(ResourceGraph g) {
        Map<String, Object> doc = new LinkedHashMap<>();
        List<Object> resources = new ArrayList<>();
        for (ResourceGraph.Node n : g.nodes()) {
            resources.add(resource(n));
        }
        doc.put("resources", resources);
        List<Object> edges = new ArrayList<>();
        for (ResourceGraph.Edge e : g.edges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", e.from());
            m.put("to", e.to());
            edges.add(m);
        }
        doc.put("edges", edges);
        Map<String, Object> outputs = new TreeMap<>();
        for (Map.Entry<String, Value> o : g.outputs().entrySet()) {
            outputs.put(o.getKey(), valueEntry(o.getValue(), null));
        }
        doc.put("outputs", outputs);
        List<Object> unresolved = new ArrayList<>();
        for (var u : g.unresolved()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("module", u.address());
            m.put("source", u.source());
            m.put("reason", u.reason());
            unresolved.add(m);
        }
        doc.put("unresolved_modules", unresolved);
        List<Object> diags = new ArrayList<>();
        for (Diagnostic d : g.diagnostics()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
            m.put("summary", d.summary());
            m.put("detail", d.detail());
            m.put("at", at(d.subject()));
            diags.add(m);
        }
        doc.put("diagnostics", diags);
        return Json.pretty(doc);
    }

    private static Map<String, Object> resource(ResourceGraph.Node n) {
        ResourceInstance i = n.instance();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("address", i.address());
        m.put("mode", i.mode().name().toLowerCase(java.util.Locale.ROOT));
        m.put("type", i.type());
        m.put("name", i.name());
        if (!i.modulePath().isEmpty()) {
            m.put("module", i.modulePath());
        }
        InstanceKey k = i.key();
        if (k instanceof InstanceKey.Index ix) {
            m.put("index", ix.index());
        } else if (k instanceof InstanceKey.Key key) {
            m.put("index", key.key());
        } else if (k instanceof InstanceKey.Unknown) {
            m.put("index_unknown", true);
        }
        if (i.provider() != null) {
            m.put("provider", i.provider().address());
        }
        if (n.region() instanceof Value.Unknown u) {
            m.put("region", Json.NULL);
            m.put("region_unknown", u.reason());
        } else {
            m.put("region", plain(n.region()));
        }
        m.put("at", at(i.range()));
        body(m, i.body());
        m.put("depends_on", i.dependsOn());
        return m;
    }

    private static void body(Map<String, Object> m, EvaluatedBody b) {
        Map<String, Object> attrs = new TreeMap<>();
        for (EvaluatedBody.Attr a : b.attributes().values()) {
            Map<String, Object> e = valueEntry(a.value(), a.range());
            if (!a.references().isEmpty()) {
                e.put("references", a.references());
            }
            attrs.put(a.name(), e);
        }
        m.put("attributes", attrs);
        if (!b.blocks().isEmpty()) {
            List<Object> blocks = new ArrayList<>();
            for (EvaluatedBody.Block nb : b.blocks()) {
                Map<String, Object> bm = new LinkedHashMap<>();
                bm.put("type", nb.type());
                if (!nb.labels().isEmpty()) {
                    bm.put("labels", nb.labels());
                }
                if (nb.representative()) {
                    bm.put("repetitions_unknown", true);
                }
                bm.put("at", at(nb.range()));
                body(bm, nb.body());
                blocks.add(bm);
            }
            m.put("blocks", blocks);
        }
    }

    /** {@code {"value": V}} with, when not wholly known, the unknown paths and the first reason. */
    private static Map<String, Object> valueEntry(Value v, Range r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", plain(v));
        if (!v.isWhollyKnown()) {
            List<String> paths = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            unknownPaths(v, "", paths, reasons);
            m.put("unknown", paths);
            m.put("reason", reasons.get(0));
        }
        if (r != null) {
            m.put("at", at(r));
        }
        return m;
    }

    private static void unknownPaths(Value v, String path, List<String> paths, List<String> reasons) {
        if (v instanceof Value.Unknown u) {
            paths.add(path.isEmpty() ? "." : path);
            reasons.add(u.reason());
        } else if (v instanceof Value.Seq s) {
            for (int i = 0; i < s.items().size(); i++) {
                unknownPaths(s.items().get(i), path + "[" + i + "]", paths, reasons);
            }
        } else if (v instanceof Value.Obj o) {
            for (Map.Entry<String, Value> e : o.attrs().entrySet()) {
                unknownPaths(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), paths, reasons);
            }
        }
    }

    /** A value as plain JSON data; unknown parts are null. */
    static Object plain(Value v) {
        if (v instanceof Value.Str s) {
            return s.value();
        }
        if (v instanceof Value.Num n) {
            return new java.math.BigDecimal(Convert.plain(n.value()));
        }
        if (v instanceof Value.Bool b) {
            return b.value();
        }
        if (v instanceof Value.Seq s) {
            List<Object> out = new ArrayList<>();
            for (Value i : s.items()) {
                out.add(plain(i));
            }
            return out;
        }
        if (v instanceof Value.Obj o) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : o.attrs().entrySet()) {
                out.put(e.getKey(), plain(e.getValue()));
            }
            return out;
        }
        return Json.NULL;
    }

    private static String at(Range r) {
        return r.file() + ":" + r.start().line() + ":" + r.start().column();
    }

    /** Graphviz DOT: one cluster per module instance, data sources dashed. */
    public static String dot(ResourceGraph g) {
        StringBuilder sb = new StringBuilder("digraph terraform {\n  rankdir = \"LR\";\n  node [shape = \"box\", fontname = \"Helvetica\"];\n");
        Map<String, List<ResourceGraph.Node>> byModule = new TreeMap<>();
        for (ResourceGraph.Node n : g.nodes()) {
            byModule.computeIfAbsent(n.instance().modulePath(), k -> new ArrayList<>()).add(n);
        }
        int cluster = 0;
        for (Map.Entry<String, List<ResourceGraph.Node>> e : byModule.entrySet()) {
            String indent = "  ";
            if (!e.getKey().isEmpty()) {
                sb.append("  subgraph \"cluster_").append(cluster++).append("\" {\n    label = ").append(quote(e.getKey())).append(";\n");
                indent = "    ";
            }
            for (ResourceGraph.Node n : e.getValue()) {
                ResourceInstance i = n.instance();
                String local = i.address().substring(i.modulePath().isEmpty() ? 0 : i.modulePath().length() + 1);
                sb.append(indent).append(quote(i.address())).append(" [label = ").append(quote(local + "\\n" + (n.region() instanceof Value.Str s
                        ? s.value() : "region not known"))).append(i.isData() ? ", style = \"dashed\"" : "").append("];\n");
            }
            if (!e.getKey().isEmpty()) {
                sb.append("  }\n");
            }
        }
        for (ResourceGraph.Edge e : g.edges()) {
            sb.append("  ").append(quote(e.from())).append(" -> ").append(quote(e.to())).append(";\n");
        }
        return sb.append("}\n").toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\\\\n", "\\n") + "\"";
    }
}
