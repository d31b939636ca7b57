package dev.cloudwright.terraform.eval;

import java.util.List;
import java.util.Map;

/**
 * {@code yamlencode}: YAML block style as Terraform writes it (go-cty-yaml): strings double-quoted,
 * multi-line strings as literal blocks, empty collections in flow style, sequences inside mappings
 * not indented, and a document-end marker after a lone plain scalar.
 */
final class YamlEncoder {
    private YamlEncoder() {}

    static String encode(Value v) {
        Text.Out out = new Text.Out();
        if (isBlock(v)) {
            block(out, v, 0);
        } else {
            String s = scalar(v, 0);
            out.append(s).append("\n");
            if (!(v instanceof Value.Str) && !(v instanceof Value.Seq) && !(v instanceof Value.Obj)) {
                out.append("...\n");
            }
        }
        return out.toString();
    }

    private static boolean isBlock(Value v) {
        return v instanceof Value.Seq s && !s.items().isEmpty() || v instanceof Value.Obj o && !o.attrs().isEmpty();
    }

    private static void block(Text.Out out, Value v, int indent) {
        String pad = " ".repeat(indent);
        if (v instanceof Value.Seq s) {
            boolean first = true;
            for (Value item : s.items()) {
                out.append(first ? "" : pad).append("- ");
                first = false;
                if (isBlock(item)) {
                    if (item instanceof Value.Seq) {
                        block(out, item, indent + 2);
                    } else {
                        block(out, item, indent + 2);
                    }
                } else {
                    out.append(scalar(item, indent + 2)).append("\n");
                }
            }
            return;
        }
        boolean first = true;
        for (Map.Entry<String, Value> e : ((Value.Obj) v).attrs().entrySet()) {
            out.append(first ? "" : pad).append(quoted(e.getKey())).append(":");
            first = false;
            Value item = e.getValue();
            if (item instanceof Value.Obj && isBlock(item)) {
                out.append("\n").append(" ".repeat(indent + 2));
                block(out, item, indent + 2);
            } else if (isBlock(item)) {
                out.append("\n").append(pad);
                block(out, item, indent);
            } else {
                out.append(" ").append(scalar(item, indent + 2)).append("\n");
            }
        }
    }

    private static String scalar(Value v, int indent) {
        if (v instanceof Value.Null) {
            return "null";
        }
        if (v instanceof Value.Bool b) {
            return Boolean.toString(b.value());
        }
        if (v instanceof Value.Num n) {
            return Convert.plain(n.value());
        }
        if (v instanceof Value.Seq) {
            return "[]";
        }
        if (v instanceof Value.Obj) {
            return "{}";
        }
        if (v instanceof Value.Str s) {
            if (s.value().contains("\n") && !s.value().startsWith(" ")) {
                return literal(s.value(), indent);
            }
            return quoted(s.value());
        }
        throw new Functions.FnError("cannot encode an unknown value");
    }

    private static String literal(String s, int indent) {
        String chomp = s.endsWith("\n") ? (s.endsWith("\n\n") ? "+" : "") : "-";
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        StringBuilder b = new StringBuilder("|").append(chomp);
        String pad = " ".repeat(Math.max(indent, 2));
        for (String line : List.of(body.split("\n", -1))) {
            b.append('\n');
            if (!line.isEmpty()) {
                b.append(pad).append(line);
            }
        }
        return b.toString();
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                case 0 -> b.append("\\0");
                default -> {
                    if (cp < 0x20 || cp == 0x7F || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF) {
                        b.append(cp <= 0xFF ? String.format("\\x%02X", cp) : String.format("\\u%04X", cp));
                    } else {
                        b.appendCodePoint(cp);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
