package dev.cloudwright.terraform.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Terraform's automatic type conversions, and conversion to a type constraint. */
public final class Convert {
    private Convert() {}

    /** A value that cannot be converted; the message says why. */
    public static final class ConversionError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConversionError(String message) {
            super(message);
        }
    }

    /**
     * Converts {@code v} to type {@code t}. Defaults of optional object attributes are evaluated with
     * {@code defaults} (may be null when the type has none).
     */
    public static Value to(Value v, Type t, Function<dev.cloudwright.terraform.hcl.Expr, Value> defaults) {
        if (v instanceof Value.Unknown || t instanceof Type.Any) {
            return v;
        }
        if (v instanceof Value.Null) {
            return v;
        }
        if (t instanceof Type.Primitive p) {
            return switch (p.prim()) {
                case STRING -> Value.str(toStringValue(v));
                case NUMBER -> Value.num(toNumber(v));
                case BOOL -> Value.bool(toBool(v));
            };
        }
        if (t instanceof Type.ListOf || t instanceof Type.SetOf) {
            Type el = t instanceof Type.ListOf l ? l.element() : ((Type.SetOf) t).element();
            if (!(v instanceof Value.Seq s)) {
                throw new ConversionError((t instanceof Type.ListOf ? "list" : "set") + " required, got " + v.typeName());
            }
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < s.items().size(); i++) {
                try {
                    out.add(to(s.items().get(i), el, defaults));
                } catch (ConversionError e) {
                    throw new ConversionError("element " + i + ": " + e.getMessage());
                }
            }
            return t instanceof Type.ListOf ? Value.list(out) : Value.set(out);
        }
        if (t instanceof Type.MapOf m) {
            if (!(v instanceof Value.Obj o)) {
                throw new ConversionError("map required, got " + v.typeName());
            }
            Map<String, Value> out = new TreeMap<>();
            for (Map.Entry<String, Value> e : o.attrs().entrySet()) {
                try {
                    out.put(e.getKey(), to(e.getValue(), m.element(), defaults));
                } catch (ConversionError ex) {
                    throw new ConversionError("element \"" + e.getKey() + "\": " + ex.getMessage());
                }
            }
            return Value.map(out);
        }
        if (t instanceof Type.TupleOf tt) {
            if (!(v instanceof Value.Seq s) || s.items().size() != tt.elements().size()) {
                throw new ConversionError("tuple of " + tt.elements().size() + " elements required, got " + v.typeName());
            }
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < s.items().size(); i++) {
                out.add(to(s.items().get(i), tt.elements().get(i), defaults));
            }
            return Value.tuple(out);
        }
        Type.ObjectOf ot = (Type.ObjectOf) t;
        if (!(v instanceof Value.Obj o)) {
            throw new ConversionError("object required, got " + v.typeName());
        }
        Map<String, Value> out = new TreeMap<>();
        for (Map.Entry<String, Type.Attribute> a : ot.attributes().entrySet()) {
            Value given = o.attribute(a.getKey());
            Type.Attribute at = a.getValue();
            if (given == null || given instanceof Value.Null) {
                if (!at.optional() && given == null) {
                    throw new ConversionError("attribute \"" + a.getKey() + "\" is required");
                }
                Value dflt = at.defaultExpr() != null && defaults != null ? defaults.apply(at.defaultExpr()) : Value.NULL;
                out.put(a.getKey(), dflt.isNull() ? Value.NULL : to(dflt, at.type(), defaults));
                continue;
            }
            try {
                out.put(a.getKey(), to(given, at.type(), defaults));
            } catch (ConversionError e) {
                throw new ConversionError("attribute \"" + a.getKey() + "\": " + e.getMessage());
            }
        }
        return Value.object(out);
    }

    public static String toStringValue(Value v) {
        if (v instanceof Value.Str s) {
            return s.value();
        }
        if (v instanceof Value.Num n) {
            return plain(n.value());
        }
        if (v instanceof Value.Bool b) {
            return Boolean.toString(b.value());
        }
        throw new ConversionError("string required, got " + v.typeName());
    }

    /** The decimal number syntax Terraform accepts when converting a string to a number. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    public static BigDecimal toNumber(Value v) {
        if (v instanceof Value.Num n) {
            return n.value();
        }
        if (v instanceof Value.Str s) {
            try {
                if (!NUMBER.matcher(s.value()).matches()) {
                    throw new NumberFormatException(s.value());
                }
                return new BigDecimal(s.value().startsWith("+") ? s.value().substring(1) : s.value());
            } catch (NumberFormatException e) {
                throw new ConversionError("a number is required, got the string \"" + s.value() + "\"");
            }
        }
        throw new ConversionError("number required, got " + v.typeName());
    }

    public static boolean toBool(Value v) {
        if (v instanceof Value.Bool b) {
            return b.value();
        }
        if (v instanceof Value.Str s) {
            if (s.value().equals("true")) {
                return true;
            }
            if (s.value().equals("false")) {
                return false;
            }
            throw new ConversionError("a bool is required, got the string \"" + s.value() + "\"");
        }
        throw new ConversionError("bool required, got " + v.typeName());
    }

    public static String plain(BigDecimal n) {
        if (n.signum() == 0) {
            return "0";
        }
        BigDecimal m = n.stripTrailingZeros();
        // Written out in full like Terraform, unless that would take thousands of digits.
        if (Math.abs((long) m.precision() - m.scale()) > 400 || m.scale() > 400) {
            return m.toString();
        }
        return m.toPlainString();
    }
}
