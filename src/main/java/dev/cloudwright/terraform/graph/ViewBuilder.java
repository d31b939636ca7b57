package dev.cloudwright.terraform.graph;

import dev.cloudwright.core.Json;
import dev.cloudwright.terraform.eval.Convert;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.module.EvaluatedBody;
import dev.cloudwright.terraform.module.InstanceKey;
import dev.cloudwright.terraform.module.ResourceInstance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns a resource graph into its {@link GraphView}. */
final class ViewBuilder {

    private ViewBuilder() {}

    static GraphView of(ResourceGraph g) {
        List<GraphView.Node> nodes = new ArrayList<>();
        for (ResourceGraph.Node n : g.nodes()) {
            nodes.add(node(n));
        }
        List<GraphView.Edge> edges = new ArrayList<>();
        for (ResourceGraph.Edge e : g.edges()) {
            edges.add(new GraphView.Edge(e.from(), e.to()));
        }
        Map<String, GraphView.Attribute> outputs = new LinkedHashMap<>();
        for (Map.Entry<String, Value> o : g.outputs().entrySet()) {
            outputs.put(o.getKey(), attribute(o.getValue(), null, List.of()));
        }
        List<GraphView.Unresolved> unresolved = new ArrayList<>();
        for (var u : g.unresolved()) {
            unresolved.add(new GraphView.Unresolved(u.address(), u.source(), u.reason()));
        }
        List<GraphView.Problem> problems = new ArrayList<>();
        for (Diagnostic d : g.diagnostics()) {
            problems.add(new GraphView.Problem(d.severity().name().toLowerCase(Locale.ROOT), d.summary(), d.detail(), at(d.subject())));
        }
        return new GraphView(List.copyOf(nodes), List.copyOf(edges), Collections.unmodifiableMap(outputs), List.copyOf(unresolved),
                List.copyOf(problems));
    }

    private static GraphView.Node node(ResourceGraph.Node n) {
        ResourceInstance i = n.instance();
        InstanceKey k = i.key();
        Object index = k instanceof InstanceKey.Index ix ? (Object) ix.index() : k instanceof InstanceKey.Key key ? key.key() : null;
        String regionUnknown = n.region() instanceof Value.Unknown u ? u.reason() : null;
        Object region = regionUnknown != null ? Json.NULL : plain(n.region());
        return new GraphView.Node(i.address(), i.mode().name().toLowerCase(Locale.ROOT), i.type(), i.name(), i.modulePath(), index,
                k instanceof InstanceKey.Unknown, i.provider() == null ? null : i.provider().address(), region, regionUnknown,
                at(i.range()), body(i.body()), i.dependsOn());
    }

    private static GraphView.Body body(EvaluatedBody b) {
        Map<String, GraphView.Attribute> attrs = new LinkedHashMap<>();
        for (EvaluatedBody.Attr a : b.attributes().values()) {
            attrs.put(a.name(), attribute(a.value(), a.range(), a.references()));
        }
        List<GraphView.Block> blocks = new ArrayList<>();
        for (EvaluatedBody.Block nb : b.blocks()) {
            blocks.add(new GraphView.Block(nb.type(), List.copyOf(nb.labels()), nb.representative(), at(nb.range()), body(nb.body())));
        }
        return new GraphView.Body(Collections.unmodifiableMap(attrs), List.copyOf(blocks));
    }

    private static GraphView.Attribute attribute(Value v, Range r, List<String> references) {
        List<GraphView.Unknown> unknown = new ArrayList<>();
        unknownParts(v, "", unknown);
        return new GraphView.Attribute(plain(v), List.copyOf(unknown), r == null ? null : at(r), List.copyOf(references));
    }

    private static void unknownParts(Value v, String path, List<GraphView.Unknown> out) {
        if (v instanceof Value.Unknown u) {
            out.add(new GraphView.Unknown(path.isEmpty() ? "." : path, u.reason()));
        } else if (v instanceof Value.Seq s) {
            for (int i = 0; i < s.items().size(); i++) {
                unknownParts(s.items().get(i), path + "[" + i + "]", out);
            }
        } else if (v instanceof Value.Obj o) {
            for (Map.Entry<String, Value> e : o.attrs().entrySet()) {
                unknownParts(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
            }
        }
    }

    /** A value as plain JSON data; unknown parts are {@code Json.NULL}. */
    static Object plain(Value v) {
        if (v instanceof Value.Str s) {
            return s.value();
        }
        if (v instanceof Value.Num n) {
            return new BigDecimal(Convert.plain(n.value()));
        }
        if (v instanceof Value.Bool b) {
            return b.value();
        }
        if (v instanceof Value.Seq s) {
            List<Object> out = new ArrayList<>();
            for (Value i : s.items()) {
                out.add(plain(i));
            }
            return Collections.unmodifiableList(out);
        }
        if (v instanceof Value.Obj o) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Value> e : o.attrs().entrySet()) {
                out.put(e.getKey(), plain(e.getValue()));
            }
            return Collections.unmodifiableMap(out);
        }
        return Json.NULL;
    }

    private static String at(Range r) {
        return r.file() + ":" + r.start().line() + ":" + r.start().column();
    }
}
