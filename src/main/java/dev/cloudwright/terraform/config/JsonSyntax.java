package dev.cloudwright.terraform.config;

import dev.cloudwright.core.JsonParser;
import dev.cloudwright.terraform.hcl.Body;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.hcl.Expr;
import dev.cloudwright.terraform.hcl.HclFile;
import dev.cloudwright.terraform.hcl.Parser;
import dev.cloudwright.terraform.hcl.Pos;
import dev.cloudwright.terraform.hcl.Range;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Terraform's JSON syntax ({@code .tf.json}) into the same body tree as the native syntax, so
 * everything after parsing is syntax-agnostic. As in Terraform, strings are templates (except where an
 * argument takes a bare expression such as {@code depends_on}), and whether an object is a nested block
 * or a map argument is decided by the block's schema.
 */
public final class JsonSyntax {

    /** What the keys of a JSON object mean in one kind of block. */
    private interface Shape {
        /** Number of labels if {@code key} is a nested block type here, or -1 for an argument. */
        int labels(String key);

        /** The shape of a nested block's body; {@code labels} are the block's labels. */
        Shape nested(String key, List<String> labels);

        /** Whether the argument's strings are expressions (not templates). */
        default boolean expressionMode(String key) {
            return false;
        }
    }

    private static final Shape ATTRS = shape(Map.of(), Set.of());
    private static final Shape VALIDATION = ATTRS;
    private static final Shape CONDITIONS = shape(Map.of("precondition", 0, "postcondition", 0), Set.of("ignore_changes", "replace_triggered_by"));
    private static final Shape VARIABLE = shape(Map.of("validation", 0), Set.of("type"));
    private static final Shape OUTPUT = shape(Map.of("precondition", 0), Set.of("depends_on"));
    private static final Shape MODULE = shape(Map.of(), Set.of("depends_on", "providers"));
    private static final Shape PROVIDER = shape(Map.of("assume_role", 0, "assume_role_with_web_identity", 0, "default_tags", 0, "ignore_tags", 0,
            "endpoints", 0, "features", 0, "batching", 0), Set.of());
    private static final Shape TERRAFORM = shape(Map.of("required_providers", 0, "backend", 1, "cloud", 0, "provider_meta", 1), Set.of());
    private static final Shape MOVED = shape(Map.of(), Set.of("from", "to"));
    private static final Shape CHECK = shape(Map.of("assert", 0, "data", 2), Set.of());

    private JsonSyntax() {}

    /** Parses a {@code .tf.json} file. Never throws for bad input; problems are in the diagnostics. */
    public static HclFile parse(String file, String text) {
        List<Diagnostic> diags = new ArrayList<>();
        Positions pos = new Positions(file, text);
        JsonParser.Node root;
        try {
            root = JsonParser.parse(text);
        } catch (JsonParser.JsonException e) {
            Range r = pos.at(e.line(), e.column());
            diags.add(Diagnostic.error("Invalid JSON", e.getMessage(), r));
            return new HclFile(file, text, new Body(List.of(), List.of(), r), diags);
        }
        if (!(root instanceof JsonParser.JObject o)) {
            diags.add(Diagnostic.error("Invalid JSON configuration", "The root of a Terraform JSON file must be an object.", pos.range(root)));
            return new HclFile(file, text, new Body(List.of(), List.of(), pos.range(root)), diags);
        }
        Reader r = new Reader(file, text, pos, diags);
        Body body = r.body(o, new TopShape());
        return new HclFile(file, text, body, diags);
    }

    private static Shape shape(Map<String, Integer> blocks, Set<String> exprMode) {
        return new Shape() {
            @Override
            public int labels(String key) {
                return blocks.getOrDefault(key, -1);
            }

            @Override
            public Shape nested(String key, List<String> labels) {
                return key.equals("validation") || key.equals("precondition") || key.equals("postcondition") || key.equals("assert") ? VALIDATION
                        : key.equals("data") ? new ResourceShape(labels.get(0), true) : ATTRS;
            }

            @Override
            public boolean expressionMode(String key) {
                return exprMode.contains(key);
            }
        };
    }

    private static final class TopShape implements Shape {
        @Override
        public int labels(String key) {
            return switch (key) {
                case "resource", "data", "ephemeral" -> 2;
                case "module", "variable", "output", "provider", "check" -> 1;
                case "locals", "terraform", "moved", "import", "removed" -> 0;
                default -> -1;
            };
        }

        @Override
        public Shape nested(String key, List<String> labels) {
            return switch (key) {
                case "resource" -> new ResourceShape(labels.get(0), false);
                case "data" -> new ResourceShape(labels.get(0), true);
                case "ephemeral" -> new ResourceShape((ProviderSchema.Block) null, true);
                case "module" -> MODULE;
                case "variable" -> VARIABLE;
                case "output" -> OUTPUT;
                case "provider" -> PROVIDER;
                case "terraform" -> TERRAFORM;
                case "moved", "import", "removed" -> MOVED;
                case "check" -> CHECK;
                default -> ATTRS;
            };
        }
    }

    /** A resource or data source body, or a nested block inside one, shaped by the provider schema. */
    private static final class ResourceShape implements Shape {
        private final ProviderSchema.Block schema;
        private final boolean top;

        ResourceShape(String type, boolean data) {
            this((data ? ProviderSchema.dataSource(type) : ProviderSchema.resource(type)).orElse(null), true);
        }

        ResourceShape(ProviderSchema.Block schema, boolean top) {
            this.schema = schema;
            this.top = top;
        }

        @Override
        public int labels(String key) {
            if (top) {
                switch (key) {
                    case "lifecycle", "connection" -> {
                        return 0;
                    }
                    case "provisioner" -> {
                        return 1;
                    }
                    default -> {
                    }
                }
            }
            if (key.equals("dynamic")) {
                return 1;
            }
            return schema != null && schema.blocks().containsKey(key) ? 0 : -1;
        }

        @Override
        public Shape nested(String key, List<String> labels) {
            return switch (key) {
                case "lifecycle" -> top ? CONDITIONS : nestedOf(key);
                case "connection", "provisioner" -> top ? shape(Map.of("connection", 0), Set.of()) : nestedOf(key);
                case "dynamic" -> new DynamicShape(nestedOf(labels.get(0)));
                default -> nestedOf(key);
            };
        }

        private Shape nestedOf(String key) {
            ProviderSchema.Nested n = schema == null ? null : schema.blocks().get(key);
            return new ResourceShape(n == null ? null : n.block(), false);
        }

        @Override
        public boolean expressionMode(String key) {
            return top && (key.equals("depends_on") || key.equals("provider"));
        }
    }

    /** {@code dynamic "x" { for_each, iterator, labels, content { ... } }}. */
    private record DynamicShape(Shape content) implements Shape {
        @Override
        public int labels(String key) {
            return key.equals("content") ? 0 : -1;
        }

        @Override
        public Shape nested(String key, List<String> labels) {
            return content;
        }

        @Override
        public boolean expressionMode(String key) {
            return key.equals("iterator");
        }
    }

    // ------------------------------------------------------------------ reading

    private static final class Reader {
        private final String file;
        private final String text;
        private final Positions pos;
        private final List<Diagnostic> diags;

        Reader(String file, String text, Positions pos, List<Diagnostic> diags) {
            this.file = file;
            this.text = text;
            this.pos = pos;
            this.diags = diags;
        }

        Body body(JsonParser.JObject o, Shape shape) {
            List<Body.Attribute> attrs = new ArrayList<>();
            List<Body.Block> blocks = new ArrayList<>();
            for (JsonParser.Member m : o.members()) {
                if (m.key().equals("//")) {
                    continue; // a comment
                }
                Range nameRange = pos.span(m.keyStart(), m.keyEnd());
                int labels = shape.labels(m.key());
                if (labels < 0) {
                    Expr e = shape.expressionMode(m.key()) ? exprMode(m.value()) : expr(m.value());
                    attrs.add(new Body.Attribute(m.key(), e, Range.between(nameRange, e.range()), nameRange));
                } else {
                    blocks(m.key(), nameRange, m.value(), labels, new ArrayList<>(), new ArrayList<>(), shape, blocks);
                }
            }
            return new Body(attrs, blocks, pos.range(o));
        }

        private void blocks(String type, Range typeRange, JsonParser.Node v, int labelsLeft, List<String> labels, List<Range> labelRanges, Shape parent,
                List<Body.Block> out) {
            if (v instanceof JsonParser.JArray a) {
                for (JsonParser.Node item : a.items()) {
                    blocks(type, typeRange, item, labelsLeft, labels, labelRanges, parent, out);
                }
                return;
            }
            if (!(v instanceof JsonParser.JObject o)) {
                diags.add(Diagnostic.error("Incorrect JSON value type", "A JSON object is required here, to define " + (labelsLeft > 0 ? "labels for " : "")
                        + "a \"" + type + "\" block.", pos.range(v)));
                return;
            }
            if (labelsLeft > 0) {
                for (JsonParser.Member m : o.members()) {
                    if (m.key().equals("//")) {
                        continue;
                    }
                    List<String> l = new ArrayList<>(labels);
                    l.add(m.key());
                    List<Range> lr = new ArrayList<>(labelRanges);
                    lr.add(pos.span(m.keyStart(), m.keyEnd()));
                    blocks(type, typeRange, m.value(), labelsLeft - 1, l, lr, parent, out);
                }
                return;
            }
            Body b = body(o, parent.nested(type, labels));
            out.add(new Body.Block(type, List.copyOf(labels), List.copyOf(labelRanges), b, typeRange, Range.between(typeRange, pos.range(o))));
        }

        /** A value whose strings are templates. */
        Expr expr(JsonParser.Node v) {
            Range r = pos.range(v);
            if (v instanceof JsonParser.JString s) {
                return template(s);
            }
            if (v instanceof JsonParser.JNumber n) {
                return new Expr.Literal(n.value(), r);
            }
            if (v instanceof JsonParser.JBool b) {
                return new Expr.Literal(b.value(), r);
            }
            if (v instanceof JsonParser.JNull) {
                return new Expr.Literal(Expr.Special.NULL, r);
            }
            if (v instanceof JsonParser.JArray a) {
                List<Expr> items = new ArrayList<>();
                for (JsonParser.Node item : a.items()) {
                    items.add(expr(item));
                }
                return new Expr.Tuple(items, r);
            }
            JsonParser.JObject o = (JsonParser.JObject) v;
            List<Expr.Item> items = new ArrayList<>();
            for (JsonParser.Member m : o.members()) {
                Range kr = pos.span(m.keyStart(), m.keyEnd());
                Expr key = m.key().contains("${") || m.key().contains("%{")
                        ? Parser.parseTemplate(file, m.key(), pos.pos(m.keyStart() + 1), diags)
                        : new Expr.Literal(m.key(), kr);
                items.add(new Expr.Item(new Expr.ObjectKey(key, true, kr), expr(m.value())));
            }
            return new Expr.ObjectCons(items, r);
        }

        /** A value whose strings are bare expressions ({@code "aws_vpc.main"}). */
        Expr exprMode(JsonParser.Node v) {
            if (v instanceof JsonParser.JString s) {
                return Parser.parseExpression(file, s.value(), pos.pos(s.start() + 1), diags);
            }
            if (v instanceof JsonParser.JArray a) {
                List<Expr> items = new ArrayList<>();
                for (JsonParser.Node item : a.items()) {
                    items.add(exprMode(item));
                }
                return new Expr.Tuple(items, pos.range(a));
            }
            if (v instanceof JsonParser.JObject o) {
                List<Expr.Item> items = new ArrayList<>();
                for (JsonParser.Member m : o.members()) {
                    Range kr = pos.span(m.keyStart(), m.keyEnd());
                    items.add(new Expr.Item(new Expr.ObjectKey(new Expr.Literal(m.key(), kr), true, kr), exprMode(m.value())));
                }
                return new Expr.ObjectCons(items, pos.range(o));
            }
            return expr(v);
        }

        private Expr template(JsonParser.JString s) {
            String v = s.value();
            if (v.indexOf('$') < 0 && v.indexOf('%') < 0) {
                return new Expr.Literal(v, pos.range(s));
            }
            return Parser.parseTemplate(file, v, pos.pos(s.start() + 1), diags);
        }
    }

    /** Turns character offsets into positions with line, column and UTF-8 byte offset. */
    private static final class Positions {
        private final String file;
        private final String text;
        private final int[] lineStarts;
        private final boolean ascii;

        Positions(String file, String text) {
            this.file = file;
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            boolean a = true;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    starts.add(i + 1);
                } else if (c >= 0x80) {
                    a = false;
                }
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
            this.ascii = a;
        }

        Pos pos(int offset) {
            offset = Math.max(0, Math.min(offset, text.length()));
            int idx = Arrays.binarySearch(lineStarts, offset);
            int line = idx >= 0 ? idx : -idx - 2;
            int col = offset - lineStarts[line] + 1;
            int bytes = ascii ? offset : text.substring(0, offset).getBytes(StandardCharsets.UTF_8).length;
            return new Pos(line + 1, col, bytes, offset);
        }

        Range span(int start, int end) {
            return new Range(file, pos(start), pos(end));
        }

        Range range(JsonParser.Node n) {
            return span(n.start(), n.end());
        }

        Range at(int line, int column) {
            int l = Math.max(1, Math.min(line, lineStarts.length));
            Pos p = pos(lineStarts[l - 1] + Math.max(0, column - 1));
            return new Range(file, p, p);
        }
    }
}
