package dev.cloudwright.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A small deterministic JSON writer. Records become objects whose member names are the record
 * components in snake_case, in declaration order; null members are omitted; enums are written in
 * lower kebab case; maps keep their own iteration order (the model only uses ordered maps), and
 * doubles are written with at most ten significant digits so output is byte-stable.
 */
public final class Json {
    /** Marker for values that belong to the program, not to the written document. */
    public interface Omitted {}

    /** Marker for values written as their {@code toString()} (source positions as {@code file:line:column}). */
    public interface Text {}

    /** An explicit JSON {@code null} (a plain Java null member is omitted instead). */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final StringBuilder out = new StringBuilder(1 << 16);
    private final boolean pretty;
    private int depth;

    private Json(boolean pretty) {
        this.pretty = pretty;
    }

    public static String pretty(Object value) {
        Json j = new Json(true);
        j.value(value);
        j.out.append('\n');
        return j.out.toString();
    }

    public static String compact(Object value) {
        Json j = new Json(false);
        j.value(value);
        return j.out.toString();
    }

    /** Converts {@code camelCase} to {@code snake_case}. */
    public static String snake(String name) {
        StringBuilder b = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Converts an enum constant name such as {@code PILOT_LIGHT} to {@code pilot-light}. */
    public static String kebab(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "null";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return BigDecimal.valueOf(d).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }

    private void value(Object v) {
        if (v == null || v == NULL) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s);
        } else if (v instanceof Text) {
            string(v.toString());
        } else if (v instanceof Double || v instanceof Float) {
            out.append(number(((Number) v).doubleValue()));
        } else if (v instanceof BigDecimal bd) {
            out.append(bd.toPlainString());
        } else if (v instanceof Number || v instanceof Boolean) {
            out.append(v);
        } else if (v instanceof Enum<?> e) {
            string(kebab(e));
        } else if (v instanceof Optional<?> o) {
            value(o.orElse(null));
        } else if (v instanceof Map<?, ?> m) {
            object(m);
        } else if (v instanceof Collection<?> c) {
            array(c);
        } else if (v instanceof Record r) {
            record(r);
        } else {
            string(v.toString());
        }
    }

    private void object(Map<?, ?> m) {
        out.append('{');
        depth++;
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            first = member(first, String.valueOf(e.getKey()), e.getValue());
        }
        close(first, '}');
    }

    private void record(Record r) {
        out.append('{');
        depth++;
        boolean first = true;
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                java.lang.reflect.Method m = c.getAccessor();
                if (!m.canAccess(r)) {
                    m.setAccessible(true);
                }
                v = m.invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c, e);
            }
            if (v == null || v instanceof Omitted || (v instanceof Optional<?> o && o.isEmpty())) {
                continue;
            }
            first = member(first, snake(c.getName()), v);
        }
        close(first, '}');
    }

    private void array(Collection<?> c) {
        out.append('[');
        depth++;
        boolean first = true;
        for (Object item : c) {
            if (!first) {
                out.append(',');
            }
            first = false;
            newline();
            value(item);
        }
        close(first, ']');
    }

    private boolean member(boolean first, String name, Object v) {
        if (!first) {
            out.append(',');
        }
        newline();
        string(name);
        out.append(pretty ? ": " : ":");
        value(v);
        return false;
    }

    private void close(boolean empty, char c) {
        depth--;
        if (!empty) {
            newline();
        }
        out.append(c);
    }

    private void newline() {
        if (pretty) {
            out.append('\n');
            out.append("  ".repeat(depth));
        }
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
