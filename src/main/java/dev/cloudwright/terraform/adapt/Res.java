package dev.cloudwright.terraform.adapt;

import dev.cloudwright.terraform.eval.Convert;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.module.EvaluatedBody;
import dev.cloudwright.terraform.module.ResourceInstance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resource instance as the adapters read it: typed settings as {@link Fact}s (explicit, default,
 * unknown or absent), nested blocks, and the instances an argument refers to. Paths use dots to go
 * into nested blocks: {@code point_in_time_recovery.enabled} reads the first such block.
 */
final class Res {
    final ResourceInstance instance;
    final ResourceGraph.Node node;
    private final Index index;

    Res(ResourceGraph.Node node, Index index) {
        this.node = node;
        this.instance = node.instance();
        this.index = index;
    }

    String address() {
        return instance.address();
    }

    String type() {
        return instance.type();
    }

    EvaluatedBody body() {
        return instance.body();
    }

    /** The argument at {@code path} as written, or null (a missing block or argument). */
    EvaluatedBody.Attr attr(String path) {
        EvaluatedBody b = instance.body();
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            List<EvaluatedBody.Block> bs = b.blocks(parts[i]);
            if (bs.isEmpty()) {
                return null;
            }
            b = bs.get(0).body();
        }
        return b.attribute(parts[parts.length - 1]);
    }

    /** The raw value at {@code path}: null if not written. */
    Value value(String path) {
        EvaluatedBody.Attr a = attr(path);
        return a == null ? null : a.value();
    }

    Fact<String> str(String path) {
        return fact(path, v -> Convert.toStringValue(v));
    }

    Fact<Boolean> bool(String path) {
        return fact(path, v -> Convert.toBool(v));
    }

    Fact<BigDecimal> num(String path) {
        return fact(path, v -> Convert.toNumber(v));
    }

    Fact<Integer> integer(String path) {
        return num(path).map(BigDecimal::intValue);
    }

    /** A list or set of strings (a single string counts as a one-element list). */
    Fact<List<String>> strings(String path) {
        return fact(path, v -> {
            List<String> out = new ArrayList<>();
            if (v instanceof Value.Seq s) {
                for (Value i : s.items()) {
                    out.add(Convert.toStringValue(i));
                }
            } else {
                out.add(Convert.toStringValue(v));
            }
            return out;
        });
    }

    private interface Reader<T> {
        T read(Value v);
    }

    private <T> Fact<T> fact(String path, Reader<T> reader) {
        EvaluatedBody.Attr a = attr(path);
        if (a == null || a.value().isNull()) {
            Optional<Defaults.Default> d = Defaults.of(instance.type(), path);
            if (d.isPresent()) {
                try {
                    return Fact.defaulted(reader.read(parseDefault(d.get().value())), d.get().basis());
                } catch (Convert.ConversionError e) {
                    return Fact.absent();
                }
            }
            return Fact.absent();
        }
        return written(a, path, reader);
    }

    /** A written attribute: its value, or why it is not known offline. */
    private static <T> Fact<T> written(EvaluatedBody.Attr a, String path, Reader<T> reader) {
        if (!a.value().isWhollyKnown()) {
            return Fact.unknown(a.value().firstUnknown().reason(), a.range());
        }
        try {
            return Fact.explicit(reader.read(a.value()), a.range());
        } catch (Convert.ConversionError e) {
            return Fact.unknown("unexpected value for " + path + ": " + e.getMessage(), a.range());
        }
    }

    /** A default as the data file writes it: true/false, a number, "" (empty), a ["list"] of strings, or bare text. */
    static Value parseDefault(String s) {
        if (s.equals("\"\"")) {
            return Value.str("");
        }
        if (s.startsWith("[") && s.endsWith("]")) {
            List<Value> items = new ArrayList<>();
            for (String item : s.substring(1, s.length() - 1).split(",")) {
                String t = item.strip();
                if (!t.isEmpty()) {
                    items.add(Value.str(t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t));
                }
            }
            return Value.list(items);
        }
        if (s.equals("true") || s.equals("false")) {
            return Value.bool(Boolean.parseBoolean(s));
        }
        try {
            return Value.num(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Value.str(s);
        }
    }

    /** An argument of a nested block body (no defaults): written, unknown, or absent. */
    static Fact<String> str(EvaluatedBody b, String name) {
        return inBlock(b, name, Convert::toStringValue);
    }

    static Fact<Integer> integer(EvaluatedBody b, String name) {
        return inBlock(b, name, v -> Convert.toNumber(v).intValue());
    }

    static Fact<Boolean> bool(EvaluatedBody b, String name) {
        return inBlock(b, name, Convert::toBool);
    }

    private static <T> Fact<T> inBlock(EvaluatedBody b, String name, Reader<T> reader) {
        EvaluatedBody.Attr a = b.attribute(name);
        if (a == null || a.value().isNull()) {
            return Fact.absent();
        }
        return written(a, name, reader);
    }

    List<EvaluatedBody.Block> blocks(String type) {
        return instance.body().blocks(type);
    }

    /** Whether any block of {@code type} stands for repetitions not known offline. */
    boolean blocksUnknown(String type) {
        return blocks(type).stream().anyMatch(EvaluatedBody.Block::representative);
    }

    /** The instance at an address, if the graph has it. */
    Res refsIndex(String address) {
        return index.get(address);
    }

    /** Every instance of {@code type} in the graph (managed and data). */
    List<Res> ofType(String type) {
        return index.ofType(type);
    }

    /** The instances the argument at {@code path} refers to. */
    List<Res> refs(String path) {
        EvaluatedBody.Attr a = attr(path);
        return a == null ? List.of() : index.all(a.references());
    }

    /** The instances the argument of a nested block body refers to. */
    List<Res> refs(EvaluatedBody body, String name) {
        EvaluatedBody.Attr a = body.attribute(name);
        return a == null ? List.of() : index.all(a.references());
    }

    /** Instances of {@code type} whose argument {@code path} refers to this one. */
    List<Res> referrers(String type, String path) {
        List<Res> out = new ArrayList<>();
        for (Res r : index.ofType(type)) {
            if (r.refs(path).contains(this)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Instances of {@code type} that refer to this one from any argument, or depend on it. */
    List<Res> referrers(String type) {
        List<Res> out = new ArrayList<>();
        for (Res r : index.ofType(type)) {
            if (r.instance.dependsOn().contains(address())) {
                out.add(r);
            }
        }
        return out;
    }

    /** The region, or null when not known offline. */
    String region() {
        return node.region() instanceof Value.Str s ? s.value() : null;
    }

    String regionUnknownReason() {
        return node.region() instanceof Value.Unknown u ? u.reason() : null;
    }

    Range range() {
        return instance.range();
    }

    /** A human name: the Name tag, a name-like argument, or the resource name. */
    String label() {
        Value tags = value("tags");
        if (tags instanceof Value.Obj o && o.get("Name") instanceof Value.Str s) {
            return s.value();
        }
        for (String a : new String[] {"name", "bucket", "cluster_identifier", "identifier", "replication_group_id", "function_name", "domain_name"}) {
            if (value(a) instanceof Value.Str s) {
                return s.value();
            }
        }
        return instance.name() + instance.key().suffix();
    }

    @Override
    public String toString() {
        return address();
    }
}
