package dev.cloudwright.terraform.write;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small HCL document model for writing Terraform, rendered exactly as {@code terraform fmt} would
 * leave it: two-space indentation, {@code =} aligned across consecutive single-line arguments (a
 * multi-line argument, a comment, a blank line or a block ends the run), canonical spacing inside
 * lists and objects.
 */
public final class Hcl {
    private Hcl() {}

    /** A body item. */
    public sealed interface Node permits Attr, Block, Blank, Comment {}

    public record Attr(String name, Expr value) implements Node {}

    public record Block(String type, List<String> labels, List<Node> body) implements Node {
        public Block {
            labels = List.copyOf(labels);
            body = List.copyOf(body);
        }
    }

    public record Blank() implements Node {}

    public record Comment(String text) implements Node {}

    /** An expression. */
    public sealed interface Expr permits Raw, Str, Num, Bool, ListX, ObjX {}

    /** An expression written as is (a reference, a call): must be a single line. */
    public record Raw(String text) implements Expr {}

    public record Str(String value) implements Expr {}

    public record Num(Number value) implements Expr {}

    public record Bool(boolean value) implements Expr {}

    /** A tuple; {@code multiline} puts one item per line. */
    public record ListX(List<Expr> items, boolean multiline) implements Expr {
        public ListX {
            items = List.copyOf(items);
        }
    }

    /** An object; {@code multiline} puts one entry per line. */
    public record ObjX(List<Map.Entry<String, Expr>> entries, boolean multiline) implements Expr {
        public ObjX {
            entries = List.copyOf(entries);
        }
    }

    // ------------------------------------------------------------------ shorthands

    public static Attr attr(String name, Expr value) {
        return new Attr(name, value);
    }

    public static Attr attr(String name, String value) {
        return new Attr(name, new Str(value));
    }

    public static Attr attr(String name, Number value) {
        return new Attr(name, new Num(value));
    }

    public static Attr attr(String name, boolean value) {
        return new Attr(name, new Bool(value));
    }

    public static Raw raw(String text) {
        if (text.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("raw expressions are single lines: " + text);
        }
        return new Raw(text);
    }

    public static Str str(String s) {
        return new Str(s);
    }

    public static Blank blank() {
        return new Blank();
    }

    public static Comment comment(String text) {
        return new Comment(text);
    }

    public static Block block(String type, List<String> labels, List<Node> body) {
        return new Block(type, labels, body);
    }

    public static ListX list(List<? extends Expr> items) {
        return new ListX(new ArrayList<>(items), false);
    }

    public static ListX strings(List<String> items) {
        List<Expr> out = new ArrayList<>();
        for (String s : items) {
            out.add(new Str(s));
        }
        return new ListX(out, false);
    }

    public static ObjX object(List<Map.Entry<String, Expr>> entries) {
        return new ObjX(entries, true);
    }

    /** An entry of an object. */
    public static Map.Entry<String, Expr> entry(String key, Expr value) {
        return new AbstractMap.SimpleImmutableEntry<>(key, value);
    }

    // ------------------------------------------------------------------ rendering

    /** A whole file: the items at top level. */
    public static String render(List<Node> items) {
        StringBuilder sb = new StringBuilder();
        body(sb, items, 0);
        return sb.toString();
    }

    private static void body(StringBuilder sb, List<Node> items, int indent) {
        String pad = "  ".repeat(indent);
        int i = 0;
        while (i < items.size()) {
            Node n = items.get(i);
            if (n instanceof Attr) {
                int j = i;
                int width = 0;
                while (j < items.size() && items.get(j) instanceof Attr a && isSingleLine(a.value())) {
                    width = Math.max(width, key(a.name()).length());
                    j++;
                }
                if (j == i) {
                    Attr a = (Attr) n;
                    sb.append(pad).append(key(a.name())).append(" = ");
                    expr(sb, a.value(), indent);
                    sb.append('\n');
                    i++;
                    continue;
                }
                for (int k = i; k < j; k++) {
                    Attr a = (Attr) items.get(k);
                    String name = key(a.name());
                    sb.append(pad).append(name).append(" ".repeat(width - name.length())).append(" = ");
                    expr(sb, a.value(), indent);
                    sb.append('\n');
                }
                i = j;
                continue;
            }
            if (n instanceof Block b) {
                sb.append(pad).append(b.type());
                for (String l : b.labels()) {
                    sb.append(' ');
                    quote(sb, l);
                }
                if (b.body().isEmpty()) {
                    sb.append(" {}\n");
                } else {
                    sb.append(" {\n");
                    body(sb, b.body(), indent + 1);
                    sb.append(pad).append("}\n");
                }
            } else if (n instanceof Comment c) {
                for (String line : c.text().split("\n", -1)) {
                    sb.append(pad).append(line.isEmpty() ? "#" : "# " + line).append('\n');
                }
            } else {
                sb.append('\n');
            }
            i++;
        }
    }

    static boolean isSingleLine(Expr e) {
        if (e instanceof ListX l) {
            return l.items().isEmpty() || !l.multiline() && l.items().stream().allMatch(Hcl::isSingleLine);
        }
        if (e instanceof ObjX o) {
            return o.entries().isEmpty() || !o.multiline() && o.entries().stream().allMatch(x -> isSingleLine(x.getValue()));
        }
        return true;
    }

    private static void expr(StringBuilder sb, Expr e, int indent) {
        if (e instanceof Raw r) {
            sb.append(r.text());
        } else if (e instanceof Str s) {
            quote(sb, s.value());
        } else if (e instanceof Num n) {
            sb.append(n.value() instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(n.value()));
        } else if (e instanceof Bool b) {
            sb.append(b.value());
        } else if (e instanceof ListX l) {
            if (l.items().isEmpty()) {
                sb.append("[]");
            } else if (isSingleLine(l)) {
                sb.append('[');
                for (int i = 0; i < l.items().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    expr(sb, l.items().get(i), indent);
                }
                sb.append(']');
            } else {
                String pad = "  ".repeat(indent + 1);
                sb.append("[\n");
                for (Expr item : l.items()) {
                    sb.append(pad);
                    expr(sb, item, indent + 1);
                    sb.append(",\n");
                }
                sb.append("  ".repeat(indent)).append(']');
            }
        } else {
            ObjX o = (ObjX) e;
            if (o.entries().isEmpty()) {
                sb.append("{}");
            } else if (isSingleLine(o)) {
                sb.append("{ ");
                for (int i = 0; i < o.entries().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(key(o.entries().get(i).getKey())).append(" = ");
                    expr(sb, o.entries().get(i).getValue(), indent);
                }
                sb.append(" }");
            } else {
                List<Node> items = new ArrayList<>();
                for (Map.Entry<String, Expr> en : o.entries()) {
                    items.add(new Attr(en.getKey(), en.getValue()));
                }
                sb.append("{\n");
                body(sb, items, indent + 1);
                sb.append("  ".repeat(indent)).append('}');
            }
        }
    }

    /** An argument or object key: bare when it is an identifier, quoted otherwise. */
    static String key(String k) {
        if (isIdentifier(k)) {
            return k;
        }
        StringBuilder sb = new StringBuilder();
        quote(sb, k);
        return sb.toString();
    }

    static boolean isIdentifier(String s) {
        return dev.cloudwright.terraform.hcl.Identifiers.valid(s);
    }

    /** A quoted string literal: escapes, and {@code ${} / {@code %{} doubled so they stay literal. */
    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '$', '%' -> {
                    sb.append(c);
                    if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                        sb.append(c);
                    }
                }
                default -> sb.append(c);
            }
        }
        sb.append('"');
    }
}
