package dev.cloudwright.terraform.hcl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Converts a parsed file to the JSON form HashiCorp's {@code hcl2json} produces: blocks nest by type
 * and labels into lists of bodies, literal values become JSON values, templates become strings
 * (literal {@code ${} and {@code %{} escaped), and every other expression becomes its source text
 * wrapped in {@code ${...}}.
 */
public final class Hcl2Json {
    private final String src;

    private Hcl2Json(String src) {
        this.src = src;
    }

    /** Thrown when a valid file has no JSON form (e.g. a block where another has labels). */
    public static final class ConversionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConversionException(String message) {
            super(message);
        }
    }

    /** The JSON document as ordered maps (sorted keys), lists, strings, BigDecimals, booleans and nulls. */
    public static Map<String, Object> convert(HclFile f) {
        return new Hcl2Json(f.source()).body(f.body());
    }

    /** Compact JSON text of a converted document (nulls kept, keys in map order). */
    public static String toJson(Object v) {
        StringBuilder b = new StringBuilder();
        write(b, v);
        return b.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            quote(b, s);
        } else if (v instanceof BigDecimal n) {
            b.append(json(n));
        } else if (v instanceof Boolean bool) {
            b.append(bool);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                quote(b, e.getKey());
                b.append(':');
                write(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof List<?> l) {
            b.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                write(b, l.get(i));
            }
            b.append(']');
        } else {
            quote(b, v.toString());
        }
    }

    /** A JSON number: plain digits when short, otherwise scientific notation. */
    static String json(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        if (s.signum() == 0) {
            return "0";
        }
        int digits = s.precision() - s.scale();
        if (digits > 21 || digits < -6) {
            return s.toString().replace("E+", "e+").replace("E-", "e-");
        }
        return s.toPlainString();
    }

    /** A JSON string literal as Go's encoder writes it (HTML characters left as they are). */
    public static void quote(StringBuilder b, String s) {
        quote(b, s, false);
    }

    /**
     * A JSON string literal as Go's encoding/json writes it: control characters and U+2028/U+2029 as hexadecimal escapes,
     * and with {@code escapeHtml} also {@code <}, {@code >} and {@code &} (as Terraform's {@code jsonencode} does).
     */
    public static void quote(StringBuilder b, String s, boolean escapeHtml) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || escapeHtml && (c == '<' || c == '>' || c == '&')) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }

    private Map<String, Object> body(Body b) {
        Map<String, Object> out = new TreeMap<>();
        for (Body.Block block : b.blocks()) {
            block(block, out);
        }
        for (Body.Attribute a : b.attributes()) {
            out.put(a.name(), expr(a.expr()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void block(Body.Block block, Map<String, Object> root) {
        Map<String, Object> out = root;
        String key = block.type();
        for (String label : block.labels()) {
            Object existing = out.get(key);
            if (existing == null) {
                Map<String, Object> m = new TreeMap<>();
                out.put(key, m);
                out = m;
            } else if (existing instanceof Map) {
                out = (Map<String, Object>) existing;
            } else {
                throw new ConversionException("Unable to convert Block to JSON: " + block.type() + "." + String.join(".", block.labels()));
            }
            key = label;
        }
        Map<String, Object> value = body(block.body());
        Object current = out.get(key);
        if (current == null) {
            List<Object> l = new ArrayList<>();
            l.add(value);
            out.put(key, l);
        } else if (current instanceof List) {
            ((List<Object>) current).add(value);
        } else {
            throw new ConversionException("Unable to convert Block to JSON: " + block.type() + "." + String.join(".", block.labels()));
        }
    }

    private Object expr(Expr e) {
        if (e instanceof Expr.Literal l) {
            return literal(l.value());
        }
        if (e instanceof Expr.UnaryOp u) {
            if (!(u.operand() instanceof Expr.Literal lit)) {
                return wrap(e);
            }
            if (u.op() == Expr.Op.NEGATE && lit.value() instanceof BigDecimal n) {
                return n.negate();
            }
            if (u.op() == Expr.Op.NOT && lit.value() instanceof Boolean b) {
                return !b;
            }
            throw new ConversionException("Invalid operand for " + u.op().symbol() + " at " + u.range());
        }
        if (e instanceof Expr.Template t) {
            return template(t);
        }
        if (e instanceof Expr.TemplateWrap w) {
            return expr(w.wrapped());
        }
        if (e instanceof Expr.Tuple t) {
            List<Object> l = new ArrayList<>();
            for (Expr item : t.items()) {
                l.add(expr(item));
            }
            return l;
        }
        if (e instanceof Expr.ObjectCons o) {
            Map<String, Object> m = new TreeMap<>();
            for (Expr.Item item : o.items()) {
                m.put(key(item.key()), expr(item.value()));
            }
            return m;
        }
        return wrap(e);
    }

    private static Object literal(Object v) {
        if (v == Expr.Special.NULL) {
            return null;
        }
        if (v instanceof String s) {
            return s;
        }
        return v;
    }

    private String template(Expr.Template t) {
        if (t.isStringLiteral()) {
            return escape((String) ((Expr.Literal) t.parts().get(0)).value());
        }
        StringBuilder b = new StringBuilder();
        for (Expr part : t.parts()) {
            b.append(stringPart(part));
        }
        return b.toString();
    }

    private String stringPart(Expr e) {
        if (e instanceof Expr.Literal l) {
            return asString(l.value());
        }
        if (e instanceof Expr.Template t) {
            return template(t);
        }
        if (e instanceof Expr.TemplateWrap w) {
            return stringPart(w.wrapped());
        }
        if (e instanceof Expr.Conditional c) {
            StringBuilder b = new StringBuilder("%{if ").append(source(c.condition().range())).append('}');
            b.append(stringPart(c.trueResult()));
            String f = stringPart(c.falseResult());
            if (!f.isEmpty()) {
                b.append("%{else}").append(f);
            }
            return b.append("%{endif}").toString();
        }
        if (e instanceof Expr.TemplateJoin j) {
            Expr.For f = j.tuple();
            StringBuilder b = new StringBuilder("%{for ");
            if (f.keyVar() != null) {
                b.append(f.keyVar()).append(", ");
            }
            b.append(f.valVar()).append(" in ").append(source(f.collection().range())).append('}');
            b.append(stringPart(f.valueExpr()));
            return b.append("%{endfor}").toString();
        }
        return wrap(e);
    }

    private String asString(Object v) {
        if (v instanceof String s) {
            return escape(s);
        }
        if (v instanceof BigDecimal n) {
            return plain(n);
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        return "null";
    }

    static String plain(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        return n.stripTrailingZeros().toPlainString();
    }

    private String key(Expr.ObjectKey k) {
        if (k.wrapped() instanceof Expr.ScopeTraversal) {
            return source(k.wrapped().range());
        }
        return stringPart(k.wrapped());
    }

    /** In the JSON form every string is a template, so literal sequence openers are doubled. */
    static String escape(String s) {
        if (s.indexOf('{') < 0) {
            return s;
        }
        return s.replace("${", "$${").replace("%{", "%%{");
    }

    private String wrap(Expr e) {
        return "${" + source(e.range()) + "}";
    }

    /** The expression's source text; a closing parenthesis right after the range is included, as the reference does. */
    private String source(Range r) {
        int end = r.end().offset();
        if (end < src.length() && src.charAt(end) == ')') {
            end++;
        }
        return src.substring(r.start().offset(), end);
    }
}
