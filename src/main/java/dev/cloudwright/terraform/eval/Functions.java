package dev.cloudwright.terraform.eval;

import dev.cloudwright.core.JsonParser;
import dev.cloudwright.terraform.hcl.Range;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Terraform's built-in functions. Functions whose result cannot be known offline ({@code timestamp},
 * {@code uuid}, {@code bcrypt}) return Unknown; any function given an Unknown argument returns
 * Unknown, except those that only need the shape of a collection ({@code length}, {@code keys}...).
 */
public final class Functions {

    /** What a function call can see besides its arguments. */
    public interface Context {
        Range range();

        /** The directory of the module being evaluated (file functions stay inside it). */
        Path moduleDir();

        /** Renders a template file with variables ({@code templatefile}). */
        Value renderTemplate(Path file, Value vars);
    }

    @FunctionalInterface
    interface Fn {
        Value call(List<Value> args, Context ctx);
    }

    private record Def(Fn fn, int minArgs, int maxArgs, boolean acceptsUnknown) {}

    private static final Map<String, Def> FUNCTIONS = new HashMap<>();

    private Functions() {}

    public static boolean exists(String name) {
        return FUNCTIONS.containsKey(name);
    }

    public static Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(FUNCTIONS.keySet()));
    }

    public static Value call(String name, List<Value> args, Context ctx) {
        if (name.contains("::")) {
            return Value.unknown("provider-defined function " + name);
        }
        Def d = FUNCTIONS.get(name);
        if (d == null) {
            throw new EvalError("Call to unknown function", "There is no function named \"" + name + "\".", ctx.range());
        }
        if (args.size() < d.minArgs || (d.maxArgs >= 0 && args.size() > d.maxArgs)) {
            String want = d.maxArgs < 0 ? "at least " + d.minArgs : d.minArgs == d.maxArgs ? String.valueOf(d.minArgs)
                    : d.minArgs + " to " + d.maxArgs;
            throw new EvalError("Invalid function arguments", "Function \"" + name + "\" takes " + want + " argument"
                    + (d.maxArgs == 1 && d.minArgs == 1 ? "" : "s") + ", got " + args.size() + ".", ctx.range());
        }
        if (!d.acceptsUnknown) {
            for (Value v : args) {
                if (!v.isWhollyKnown()) {
                    return v instanceof Value.Unknown ? v : derivedUnknown(args);
                }
            }
        }
        try {
            return d.fn.call(args, ctx);
        } catch (StackOverflowError e) {
            throw new EvalError("Error in function call", "Call to function \"" + name + "\" failed: the argument is nested too deeply.", ctx.range());
        } catch (Convert.ConversionError e) {
            throw new EvalError("Invalid function argument", name + ": " + e.getMessage(), ctx.range());
        } catch (FnError e) {
            throw new EvalError("Error in function call", "Call to function \"" + name + "\" failed: " + e.getMessage(), ctx.range());
        }
    }

    /**
     * The result of a function whose arguments are not wholly known: Unknown, and when every unknown part comes
     * from the same resource, from that resource (jsonencode({ arn = aws_sqs_queue.dlq["a"].arn }) is that queue's).
     */
    private static Value derivedUnknown(List<Value> args) {
        Value.Unknown first = null;
        for (Value a : args) {
            for (Value.Unknown u : a.unknowns()) {
                if (u.origin() == null || first != null && !first.origin().equals(u.origin())) {
                    return Value.unknown("depends on a value not known offline");
                }
                if (first == null) {
                    first = u;
                }
            }
        }
        return first == null ? Value.unknown("depends on a value not known offline") : Value.unknown(first.reason(), first.origin());
    }

    /** A function failed for its arguments. */
    static final class FnError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FnError(String message) {
            super(message, null, false, false);
        }
    }

    private static void def(String name, int min, int max, Fn fn) {
        FUNCTIONS.put(name, new Def(fn, min, max, false));
    }

    private static void defUnknownOk(String name, int min, int max, Fn fn) {
        FUNCTIONS.put(name, new Def(fn, min, max, true));
    }

    // ------------------------------------------------------------------ helpers

    static String str(Value v) {
        return Convert.toStringValue(v);
    }

    static BigDecimal num(Value v) {
        return Convert.toNumber(v);
    }

    static int integer(Value v) {
        BigDecimal n = num(v);
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new FnError("a whole number is required, got " + Convert.plain(n));
        }
    }

    /**
     * The first argument that is itself Unknown, or null: for functions that, as in Terraform, work on a
     * known collection whatever its elements hold.
     */
    static Value topUnknown(List<Value> args) {
        for (Value v : args) {
            if (v instanceof Value.Unknown) {
                return v;
            }
        }
        return null;
    }

    static List<Value> seq(Value v) {
        if (v instanceof Value.Seq s) {
            return s.items();
        }
        throw new FnError("a list, tuple or set is required, got " + v.typeName());
    }

    static Map<String, Value> obj(Value v) {
        if (v instanceof Value.Obj o) {
            return o.attrs();
        }
        throw new FnError("a map or object is required, got " + v.typeName());
    }

    static Value strList(List<String> l) {
        List<Value> out = new ArrayList<>();
        l.forEach(s -> out.add(Value.str(s)));
        return Value.list(out);
    }

    static Value fromJava(Object o) {
        if (o == null) {
            return Value.NULL;
        }
        if (o instanceof String s) {
            return Value.str(s);
        }
        if (o instanceof BigDecimal b) {
            return Value.num(b);
        }
        if (o instanceof Number n) {
            return Value.num(new BigDecimal(n.toString()));
        }
        if (o instanceof Boolean b) {
            return Value.bool(b);
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Value> out = new TreeMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), fromJava(v)));
            return Value.object(out);
        }
        if (o instanceof List<?> l) {
            List<Value> out = new ArrayList<>();
            l.forEach(x -> out.add(fromJava(x)));
            return Value.tuple(out);
        }
        if (o instanceof java.util.Set<?> st) {
            List<Value> out = new ArrayList<>();
            st.forEach(x -> out.add(fromJava(x)));
            return Value.set(out);
        }
        if (o instanceof byte[] bytes) {
            return Value.str(new String(bytes, StandardCharsets.UTF_8));
        }
        return Value.str(String.valueOf(o));
    }

    static String jsonEncode(Value v) {
        StringBuilder b = new StringBuilder();
        json(b, v);
        return b.toString();
    }

    private static void json(StringBuilder b, Value v) {
        if (v instanceof Value.Null) {
            b.append("null");
        } else if (v instanceof Value.Str s) {
            dev.cloudwright.terraform.hcl.Hcl2Json.quote(b, s.value(), true);
        } else if (v instanceof Value.Num n) {
            b.append(Convert.plain(n.value()));
        } else if (v instanceof Value.Bool bo) {
            b.append(bo.value());
        } else if (v instanceof Value.Seq s) {
            b.append('[');
            for (int i = 0; i < s.items().size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                json(b, s.items().get(i));
            }
            b.append(']');
        } else if (v instanceof Value.Obj o) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, Value> e : o.attrs().entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                json(b, Value.str(e.getKey()));
                b.append(':');
                json(b, e.getValue());
            }
            b.append('}');
        } else {
            throw new FnError("cannot encode an unknown value");
        }
    }

    private static String hash(String algo, byte[] data, boolean base64) {
        try {
            byte[] d = MessageDigest.getInstance(algo).digest(data);
            if (base64) {
                return Base64.getEncoder().encodeToString(d);
            }
            StringBuilder b = new StringBuilder();
            for (byte x : d) {
                b.append(String.format("%02x", x));
            }
            return b.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resolves a path for a file function, refusing anything outside the module directory. */
    static Path confined(Context ctx, String p) {
        Path base = ctx.moduleDir().toAbsolutePath().normalize();
        Path target = base.resolve(expandHome(p)).normalize();
        if (!target.startsWith(base)) {
            throw new FnError("path \"" + p + "\" is outside the module directory; Cloudwright reads files only inside the module");
        }
        try {
            if (Files.exists(target) && !target.toRealPath().startsWith(base.toRealPath())) {
                throw new FnError("path \"" + p + "\" resolves outside the module directory through a symbolic link");
            }
        } catch (java.io.IOException e) {
            throw new FnError("cannot read \"" + p + "\": " + e.getMessage());
        }
        return target;
    }

    static byte[] readFile(Context ctx, String p) {
        Path f = confined(ctx, p);
        try {
            if (Files.size(f) > 10L * 1024 * 1024) {
                throw new FnError("file \"" + p + "\" is larger than 10 MB");
            }
            return Files.readAllBytes(f);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new FnError("no file exists at \"" + p + "\"");
        } catch (java.io.IOException e) {
            throw new FnError("cannot read \"" + p + "\": " + e.getMessage());
        }
    }

    static String readText(Context ctx, String p) {
        byte[] b = readFile(ctx, p);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new FnError("contents of \"" + p + "\" are not valid UTF-8; use filebase64 for binary files");
        }
    }

    // ------------------------------------------------------------------ definitions

    static {
        // --- strings
        def("chomp", 1, 1, (a, c) -> Value.str(str(a.get(0)).replaceAll("(?:\r\n?|\n)*\\z", "")));
        def("endswith", 2, 2, (a, c) -> Value.bool(str(a.get(0)).endsWith(str(a.get(1)))));
        def("startswith", 2, 2, (a, c) -> Value.bool(str(a.get(0)).startsWith(str(a.get(1)))));
        def("strcontains", 2, 2, (a, c) -> Value.bool(str(a.get(0)).contains(str(a.get(1)))));
        def("lower", 1, 1, (a, c) -> Value.str(Text.lower(str(a.get(0)))));
        def("upper", 1, 1, (a, c) -> Value.str(Text.upper(str(a.get(0)))));
        def("title", 1, 1, (a, c) -> Value.str(Text.title(str(a.get(0)))));
        def("strrev", 1, 1, (a, c) -> {
            List<String> chars = Text.graphemes(str(a.get(0)));
            Collections.reverse(chars);
            return Value.str(String.join("", chars));
        });
        def("trimspace", 1, 1, (a, c) -> Value.str(Text.trimSpace(str(a.get(0)))));
        def("trimprefix", 2, 2, (a, c) -> {
            String s = str(a.get(0));
            String p = str(a.get(1));
            return Value.str(s.startsWith(p) ? s.substring(p.length()) : s);
        });
        def("trimsuffix", 2, 2, (a, c) -> {
            String s = str(a.get(0));
            String p = str(a.get(1));
            return Value.str(s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
        });
        def("trim", 2, 2, (a, c) -> Value.str(Text.trim(str(a.get(0)), str(a.get(1)))));
        def("join", 2, -1, (a, c) -> {
            String sep = str(a.get(0));
            Text.Out out = new Text.Out();
            boolean first = true;
            for (int li = 1; li < a.size(); li++) {
                List<Value> l = seq(a.get(li));
                for (int ei = 0; ei < l.size(); ei++) {
                    if (l.get(ei).isNull()) {
                        throw new FnError("element " + ei + " of list " + li + " is null; cannot concatenate null values");
                    }
                    if (!first) {
                        out.append(sep);
                    }
                    first = false;
                    out.append(str(l.get(ei)));
                }
            }
            return Value.str(out.toString());
        });
        def("split", 2, 2, (a, c) -> {
            String sep = str(a.get(0));
            String s = str(a.get(1));
            List<String> out = new ArrayList<>();
            if (sep.isEmpty()) {
                s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            } else {
                int i = 0;
                while (true) {
                    int j = s.indexOf(sep, i);
                    if (j < 0) {
                        out.add(s.substring(i));
                        break;
                    }
                    out.add(s.substring(i, j));
                    i = j + sep.length();
                }
            }
            return strList(out);
        });
        def("replace", 3, 3, (a, c) -> {
            String s = str(a.get(0));
            String sub = str(a.get(1));
            String rep = str(a.get(2));
            if (sub.length() > 1 && sub.startsWith("/") && sub.endsWith("/")) {
                return Value.str(Re2.replaceAll(Re2.compile(sub.substring(1, sub.length() - 1)), s, rep));
            }
            return Value.str(Text.replaceAll(s, sub, rep));
        });
        def("substr", 3, 3, (a, c) -> {
            String s = str(a.get(0));
            long off = wholeNumber(a.get(1));
            long len = wholeNumber(a.get(2));
            List<String> chars = Text.graphemes(s);
            if (off < 0) {
                off = Math.max(0, chars.size() + off);
            } else if (len == 0) {
                return Value.str("");
            }
            if (off >= chars.size()) {
                return Value.str("");
            }
            long end = len < 0 ? chars.size() : Math.min(chars.size(), off + len);
            return Value.str(String.join("", chars.subList((int) off, (int) end)));
        });
        def("indent", 2, 2, (a, c) -> {
            long n = wholeNumber(a.get(0));
            String s = str(a.get(1));
            if (n < 0) {
                throw new FnError("the number of spaces must not be negative");
            }
            long lines = s.chars().filter(ch -> ch == '\n').count();
            Text.checkSize(s.length() + lines * n);
            return Value.str(s.replace("\n", "\n" + " ".repeat((int) n)));
        });
        def("format", 1, -1, (a, c) -> Value.str(Format.format(str(a.get(0)), a.subList(1, a.size()))));
        def("formatlist", 1, -1, (a, c) -> {
            int n = -1;
            List<Value> rest = a.subList(1, a.size());
            for (int i = 0; i < rest.size(); i++) {
                if (rest.get(i) instanceof Value.Seq s) {
                    if (n >= 0 && s.items().size() != n) {
                        throw new FnError("argument " + (i + 1) + " has length " + s.items().size() + ", which is inconsistent with the other lists of length " + n);
                    }
                    n = s.items().size();
                }
            }
            if (n < 0) {
                n = 1;
            }
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                List<Value> row = new ArrayList<>();
                for (Value v : rest) {
                    row.add(v instanceof Value.Seq s ? s.items().get(i) : v);
                }
                try {
                    out.add(Value.str(Format.format(str(a.get(0)), row)));
                } catch (FnError e) {
                    throw new FnError("error on format iteration " + i + ": " + e.getMessage());
                }
            }
            return Value.list(out);
        });
        def("regex", 2, 2, (a, c) -> {
            Re2.Compiled re = regex(str(a.get(0)));
            String s = str(a.get(1));
            Re2.Match m = Re2.find(re, s);
            if (m == null) {
                throw new FnError("pattern did not match any part of the given string");
            }
            return captures(re, m, s);
        });
        def("regexall", 2, 2, (a, c) -> {
            Re2.Compiled re = regex(str(a.get(0)));
            String s = str(a.get(1));
            List<Value> out = new ArrayList<>();
            for (Re2.Match m : Re2.findAll(re, s)) {
                out.add(captures(re, m, s));
            }
            return Value.list(out);
        });

        // --- numbers
        def("abs", 1, 1, (a, c) -> Value.num(num(a.get(0)).abs()));
        def("ceil", 1, 1, (a, c) -> Value.num(num(a.get(0)).setScale(0, RoundingMode.CEILING)));
        def("floor", 1, 1, (a, c) -> Value.num(num(a.get(0)).setScale(0, RoundingMode.FLOOR)));
        def("signum", 1, 1, (a, c) -> Value.num(Long.signum(wholeNumber(a.get(0)))));
        def("log", 2, 2, (a, c) -> fromDouble(Math.log(num(a.get(0)).doubleValue()) / Math.log(num(a.get(1)).doubleValue())));
        def("pow", 2, 2, (a, c) -> fromDouble(Math.pow(num(a.get(0)).doubleValue(), num(a.get(1)).doubleValue())));
        def("max", 1, -1, (a, c) -> {
            BigDecimal m = null;
            for (Value v : a) {
                BigDecimal n = num(v);
                m = m == null || n.compareTo(m) > 0 ? n : m;
            }
            return Value.num(m);
        });
        def("min", 1, -1, (a, c) -> {
            BigDecimal m = null;
            for (Value v : a) {
                BigDecimal n = num(v);
                m = m == null || n.compareTo(m) < 0 ? n : m;
            }
            return Value.num(m);
        });
        def("parseint", 2, 2, (a, c) -> {
            if (!(a.get(0) instanceof Value.Str s)) {
                throw new FnError("first argument must be a string, not " + a.get(0).typeName());
            }
            long base = wholeNumber(a.get(1));
            if (base < 2 || base > 62) {
                throw new FnError("base must be a whole number between 2 and 62 inclusive");
            }
            return Value.num(new BigDecimal(parseInt(s.value(), (int) base)));
        });

        // --- collections
        defUnknownOk("length", 1, 1, (a, c) -> {
            Value v = a.get(0);
            if (v instanceof Value.Unknown) {
                return v;
            }
            if (v instanceof Value.Seq s) {
                return Value.num(s.items().size());
            }
            if (v instanceof Value.Obj o) {
                return isOpen(o) ? openUnknown(o) : Value.num(o.attrs().size());
            }
            if (v instanceof Value.Str s) {
                return Value.num(Text.graphemeCount(s.value()));
            }
            throw new FnError("argument must be a string, a collection type, or a structural type, got " + v.typeName());
        });
        defUnknownOk("keys", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown ? a.get(0) : isOpen(a.get(0)) ? openUnknown(a.get(0))
                : strList(new ArrayList<>(obj(a.get(0)).keySet())));
        defUnknownOk("values", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown ? a.get(0) : isOpen(a.get(0)) ? openUnknown(a.get(0))
                : Value.tuple(new ArrayList<>(obj(a.get(0)).values())));
        defUnknownOk("concat", 1, -1, (a, c) -> {
            List<Value> out = new ArrayList<>();
            boolean allLists = true;
            for (Value v : a) {
                if (v instanceof Value.Unknown) {
                    return v;
                }
                if (!(v instanceof Value.Seq s) || s.kind() == Value.SeqKind.SET) {
                    throw new FnError("all arguments must be lists or tuples; got " + v.typeName());
                }
                allLists &= s.kind() == Value.SeqKind.LIST;
                out.addAll(s.items());
            }
            return allLists ? Value.list(unify(out)) : Value.tuple(out);
        });
        defUnknownOk("merge", 0, -1, (a, c) -> {
            Map<String, Value> out = new TreeMap<>();
            boolean allMaps = true;
            boolean allNull = !a.isEmpty();
            for (Value v : a) {
                if (v instanceof Value.Unknown) {
                    return v;
                }
                if (v.isNull()) {
                    continue;
                }
                if (isOpen(v)) {
                    return openUnknown(v);
                }
                allNull = false;
                if (!(v instanceof Value.Obj o)) {
                    throw new FnError("arguments must be maps or objects, got " + v.typeName());
                }
                if (o.kind() == Value.MapKind.OBJECT) {
                    allMaps = false;
                }
                out.putAll(o.attrs());
            }
            if (allNull) {
                return Value.NULL;
            }
            return allMaps && !a.isEmpty() ? Value.map(out) : Value.object(out);
        });
        defUnknownOk("lookup", 2, 3, (a, c) -> {
            if (a.get(0) instanceof Value.Unknown || a.get(1) instanceof Value.Unknown) {
                return a.get(0) instanceof Value.Unknown ? a.get(0) : a.get(1);
            }
            if (!(a.get(0) instanceof Value.Obj o)) {
                throw new FnError("lookup() requires a map as the first argument");
            }
            Value v = o.attribute(str(a.get(1)));
            if (v != null) {
                return v;
            }
            if (a.size() == 3) {
                Value d = a.get(2);
                if (o.kind() == Value.MapKind.MAP && !o.attrs().isEmpty() && !d.isNull()) {
                    return convertLike(d, o.attrs().values().iterator().next());
                }
                return d;
            }
            throw new FnError("lookup failed to find key \"" + str(a.get(1)) + "\"");
        });
        defUnknownOk("element", 2, 2, (a, c) -> {
            if (a.get(1) instanceof Value.Unknown) {
                return a.get(1);
            }
            long i = wholeNumber(a.get(1));
            if (i < 0) {
                throw new FnError("cannot use element function with a negative index");
            }
            if (a.get(0) instanceof Value.Unknown) {
                return a.get(0);
            }
            if (!(a.get(0) instanceof Value.Seq s) || s.kind() == Value.SeqKind.SET) {
                throw new FnError("cannot read elements from " + a.get(0).typeName());
            }
            if (s.items().isEmpty()) {
                throw new FnError("cannot use element function with an empty list");
            }
            return s.items().get((int) (i % s.items().size()));
        });
        defUnknownOk("one", 1, 1, (a, c) -> {
            if (a.get(0) instanceof Value.Unknown) {
                return a.get(0);
            }
            if (!(a.get(0) instanceof Value.Seq s) || s.items().size() > 1) {
                throw new FnError("must be a list, set, or tuple value with either zero or one elements");
            }
            return s.items().isEmpty() ? Value.NULL : s.items().get(0);
        });
        defUnknownOk("coalesce", 1, -1, (a, c) -> {
            List<Value> vals = unify(a);
            for (Value v : vals) {
                if (v instanceof Value.Unknown) {
                    return v;
                }
                if (!v.isNull() && !(v instanceof Value.Str s && s.value().isEmpty())) {
                    return v;
                }
            }
            throw new FnError("no non-null, non-empty-string arguments");
        });
        defUnknownOk("coalescelist", 1, -1, (a, c) -> {
            for (Value v : a) {
                if (v instanceof Value.Unknown) {
                    return v;
                }
                if (!(v instanceof Value.Seq s) || s.kind() == Value.SeqKind.SET) {
                    throw new FnError("coalescelist arguments must be lists or tuples");
                }
                if (!s.items().isEmpty()) {
                    return v;
                }
            }
            throw new FnError("no non-null arguments");
        });
        def("compact", 1, 1, (a, c) -> {
            List<Value> out = new ArrayList<>();
            for (Value v : seq(a.get(0))) {
                if (!v.isNull() && !str(v).isEmpty()) {
                    out.add(Value.str(str(v)));
                }
            }
            return Value.list(out);
        });
        // As Terraform: an Unknown element only matters when no known element matches.
        defUnknownOk("contains", 2, 2, (a, c) -> {
            if (a.get(0) instanceof Value.Unknown) {
                return a.get(0);
            }
            List<Value> items = seq(a.get(0));
            if (items.isEmpty()) {
                return Value.FALSE;
            }
            if (a.get(1) instanceof Value.Unknown) {
                return a.get(1);
            }
            Value unknown = null;
            for (Value v : items) {
                Value eq = Evaluator.equality(a.get(1), v);
                if (eq instanceof Value.Unknown) {
                    unknown = unknown == null ? eq : unknown;
                } else if (((Value.Bool) eq).value()) {
                    return Value.TRUE;
                }
            }
            return unknown != null ? unknown : Value.FALSE;
        });
        def("distinct", 1, 1, (a, c) -> {
            List<Value> out = new ArrayList<>();
            for (Value v : seq(a.get(0))) {
                if (out.stream().noneMatch(x -> Evaluator.equal(x, v))) {
                    out.add(v);
                }
            }
            return Value.list(out);
        });
        def("flatten", 1, 1, (a, c) -> {
            List<Value> out = new ArrayList<>();
            flatten(seq(a.get(0)), out);
            return Value.tuple(out);
        });
        def("index", 2, 2, (a, c) -> {
            if (!(a.get(0) instanceof Value.Seq s) || s.kind() == Value.SeqKind.SET) {
                throw new FnError("argument must be a list or tuple");
            }
            if (s.items().isEmpty()) {
                throw new FnError("cannot search an empty list");
            }
            for (int i = 0; i < s.items().size(); i++) {
                if (Evaluator.equal(s.items().get(i), a.get(1))) {
                    return Value.num(i);
                }
            }
            throw new FnError("item not found");
        });
        defUnknownOk("reverse", 1, 1, (a, c) -> {
            if (topUnknown(a) != null) {
                return topUnknown(a);
            }
            List<Value> l = new ArrayList<>(seq(a.get(0)));
            Collections.reverse(l);
            return ((Value.Seq) a.get(0)).kind() == Value.SeqKind.TUPLE ? Value.tuple(l) : Value.list(l);
        });
        defUnknownOk("slice", 3, 3, (a, c) -> {
            if (topUnknown(a) != null) {
                return topUnknown(a);
            }
            if (a.get(0) instanceof Value.Seq s && s.kind() == Value.SeqKind.SET) {
                throw new FnError("cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important");
            }
            List<Value> l = seq(a.get(0));
            long from = wholeNumber(a.get(1));
            long to = wholeNumber(a.get(2));
            if (from < 0) {
                throw new FnError("start index must not be less than zero");
            }
            if (to < 0) {
                throw new FnError("end index must not be less than zero");
            }
            if (from > l.size()) {
                throw new FnError("start index must not be greater than the length of the list");
            }
            if (to > l.size()) {
                throw new FnError("end index must not be greater than the length of the list");
            }
            if (from > to) {
                throw new FnError("start index must not be greater than end index");
            }
            List<Value> out = l.subList((int) from, (int) to);
            return ((Value.Seq) a.get(0)).kind() == Value.SeqKind.TUPLE ? Value.tuple(out) : Value.list(out);
        });
        def("sort", 1, 1, (a, c) -> {
            List<String> l = new ArrayList<>();
            List<Value> items = seq(a.get(0));
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).isNull()) {
                    throw new FnError("given list element " + i + " is null; a null string cannot be sorted");
                }
                l.add(str(items.get(i)));
            }
            l.sort(Text::compare);
            return strList(l);
        });
        def("sum", 1, 1, (a, c) -> {
            BigDecimal s = BigDecimal.ZERO;
            List<Value> l = seq(a.get(0));
            if (l.isEmpty()) {
                throw new FnError("cannot sum an empty list");
            }
            for (Value v : l) {
                if (v.isNull()) {
                    throw new FnError("argument must be list, set, or tuple of number values");
                }
                s = s.add(num(v));
            }
            return Value.num(s);
        });
        // As Terraform: an Unknown element decides only when no known element does.
        defUnknownOk("alltrue", 1, 1, (a, c) -> {
            if (topUnknown(a) != null) {
                return topUnknown(a);
            }
            Value unknown = null;
            for (Value v : seq(a.get(0))) {
                if (!v.isKnown()) {
                    unknown = unknown == null ? v : unknown;
                } else if (v.isNull() || !Convert.toBool(v)) {
                    return Value.FALSE;
                }
            }
            return unknown != null ? unknown : Value.TRUE;
        });
        defUnknownOk("anytrue", 1, 1, (a, c) -> {
            if (topUnknown(a) != null) {
                return topUnknown(a);
            }
            Value unknown = null;
            for (Value v : seq(a.get(0))) {
                if (!v.isKnown()) {
                    unknown = unknown == null ? v : unknown;
                } else if (!v.isNull() && Convert.toBool(v)) {
                    return Value.TRUE;
                }
            }
            return unknown != null ? unknown : Value.FALSE;
        });
        def("range", 1, 3, (a, c) -> {
            BigDecimal start = a.size() == 1 ? BigDecimal.ZERO : num(a.get(0));
            BigDecimal end = num(a.get(a.size() == 1 ? 0 : 1));
            BigDecimal step = a.size() == 3 ? num(a.get(2)) : end.compareTo(start) < 0 ? BigDecimal.ONE.negate() : BigDecimal.ONE;
            if (step.signum() == 0) {
                throw new FnError("step must not be zero");
            }
            if (step.signum() < 0 && end.compareTo(start) > 0) {
                throw new FnError("end must be less than start when step is negative");
            }
            if (step.signum() > 0 && end.compareTo(start) < 0) {
                throw new FnError("end must be greater than start when step is positive");
            }
            List<Value> out = new ArrayList<>();
            for (BigDecimal x = start; step.signum() > 0 ? x.compareTo(end) < 0 : x.compareTo(end) > 0; x = x.add(step)) {
                if (out.size() >= 1024) {
                    throw new FnError("more than 1024 values were generated; either decrease the difference between start and end or use a smaller step");
                }
                out.add(Value.num(x));
            }
            return Value.list(out);
        });
        defUnknownOk("chunklist", 2, 2, (a, c) -> {
            if (topUnknown(a) != null) {
                return topUnknown(a);
            }
            List<Value> l = seq(a.get(0));
            long size = wholeNumber(a.get(1));
            List<Value> out = new ArrayList<>();
            if (l.isEmpty()) {
                return Value.list(out);
            }
            if (size < 0) {
                throw new FnError("the size argument must be positive");
            }
            if (size == 0) {
                out.add(Value.list(l));
                return Value.list(out);
            }
            for (int i = 0; i < l.size(); i += (int) Math.min(size, l.size())) {
                out.add(Value.list(l.subList(i, (int) Math.min(l.size(), i + size))));
            }
            return Value.list(out);
        });
        // The values may hold Unknowns (the map is still known); the keys may not.
        defUnknownOk("zipmap", 2, 2, (a, c) -> {
            if (topUnknown(a) != null) {
                return topUnknown(a);
            }
            if (!a.get(0).isWhollyKnown()) {
                return a.get(0).firstUnknown();
            }
            List<Value> k = seq(a.get(0));
            List<Value> v = seq(a.get(1));
            if (k.size() != v.size()) {
                throw new FnError("number of keys (" + k.size() + ") does not match number of values (" + v.size() + ")");
            }
            Map<String, Value> out = new TreeMap<>();
            for (int i = 0; i < k.size(); i++) {
                if (k.get(i).isNull()) {
                    throw new FnError("keys list has null value at index " + i);
                }
                out.put(str(k.get(i)), v.get(i));
            }
            return ((Value.Seq) a.get(1)).kind() == Value.SeqKind.TUPLE ? Value.object(out) : Value.map(out);
        });
        def("matchkeys", 3, 3, (a, c) -> {
            List<Value> vals = seq(a.get(0));
            List<Value> keys = seq(a.get(1));
            List<Value> search = seq(a.get(2));
            if (vals.size() != keys.size()) {
                throw new FnError("length of keys and values should be equal");
            }
            List<Value> out = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                Value k = keys.get(i);
                if (search.stream().anyMatch(s -> Evaluator.equal(s, k))) {
                    out.add(vals.get(i));
                }
            }
            return Value.list(out);
        });
        def("transpose", 1, 1, (a, c) -> {
            Map<String, List<Value>> out = new TreeMap<>();
            for (Map.Entry<String, Value> e : obj(a.get(0)).entrySet()) {
                if (!(e.getValue() instanceof Value.Seq)) {
                    throw new FnError("input must be a map of lists of strings");
                }
                for (Value v : seq(e.getValue())) {
                    out.computeIfAbsent(str(v), k -> new ArrayList<>()).add(Value.str(e.getKey()));
                }
            }
            Map<String, Value> m = new TreeMap<>();
            out.forEach((k, v) -> m.put(k, Value.list(v)));
            return Value.map(m);
        });
        def("setunion", 1, -1, (a, c) -> {
            List<Value> out = new ArrayList<>();
            a.forEach(v -> out.addAll(seq(v)));
            return Value.set(unify(out));
        });
        def("setintersection", 1, -1, (a, c) -> {
            List<Value> all = new ArrayList<>();
            a.forEach(v -> all.addAll(seq(v)));
            List<Value> out = new ArrayList<>(unify(all).subList(0, seq(a.get(0)).size()));
            for (Value v : a.subList(1, a.size())) {
                List<Value> other = unify(concatLists(seq(v), all));
                List<Value> mine = other.subList(0, seq(v).size());
                out.removeIf(x -> mine.stream().noneMatch(y -> Evaluator.equal(x, y)));
            }
            return Value.set(out);
        });
        def("setsubtract", 2, 2, (a, c) -> {
            List<Value> all = unify(concatLists(seq(a.get(0)), seq(a.get(1))));
            List<Value> out = new ArrayList<>(all.subList(0, seq(a.get(0)).size()));
            List<Value> minus = all.subList(seq(a.get(0)).size(), all.size());
            out.removeIf(x -> minus.stream().anyMatch(y -> Evaluator.equal(x, y)));
            return Value.set(out);
        });
        def("setproduct", 1, -1, (a, c) -> {
            if (a.size() < 2) {
                throw new FnError("at least two arguments are required");
            }
            long total = 1;
            boolean anySet = false;
            List<List<Value>> factors = new ArrayList<>();
            for (Value v : a) {
                if (!(v instanceof Value.Seq s)) {
                    throw new FnError("a set or a list is required, got " + v.typeName());
                }
                anySet |= s.kind() == Value.SeqKind.SET;
                factors.add(unify(s.items()));
                total *= s.items().size();
                if (total * a.size() > 1_000_000) {
                    throw new FnError("the product would have more than 1000000 elements");
                }
            }
            List<List<Value>> acc = new ArrayList<>();
            acc.add(new ArrayList<>());
            for (List<Value> f : factors) {
                List<List<Value>> next = new ArrayList<>();
                for (List<Value> prefix : acc) {
                    for (Value x : f) {
                        List<Value> row = new ArrayList<>(prefix);
                        row.add(x);
                        next.add(row);
                    }
                }
                acc = next;
            }
            List<Value> out = new ArrayList<>();
            acc.forEach(r -> out.add(Value.tuple(r)));
            return anySet ? Value.set(out) : Value.list(out);
        });

        // --- encoding
        def("jsonencode", 1, 1, (a, c) -> Value.str(jsonEncode(a.get(0))));
        def("jsondecode", 1, 1, (a, c) -> {
            try {
                return fromJava(JsonParser.parsePlain(str(a.get(0))));
            } catch (JsonParser.JsonException e) {
                throw new FnError("invalid JSON at line " + e.line() + ", column " + e.column() + ": " + e.getMessage());
            }
        });
        def("yamldecode", 1, 1, (a, c) -> {
            LoadSettings s = LoadSettings.builder().setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema()).setMaxAliasesForCollections(50).setCodePointLimit(10 * 1024 * 1024).build();
            try {
                return fromJava(new Load(s).loadFromString(str(a.get(0))));
            } catch (RuntimeException e) {
                throw new FnError("invalid YAML: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
            }
        });
        def("yamlencode", 1, 1, (a, c) -> Value.str(YamlEncoder.encode(a.get(0))));
        def("base64encode", 1, 1, (a, c) -> Value.str(Base64.getEncoder().encodeToString(str(a.get(0)).getBytes(StandardCharsets.UTF_8))));
        def("base64decode", 1, 1, (a, c) -> Value.str(utf8(base64(str(a.get(0))), "the result of decoding the provided string is not valid UTF-8")));
        def("textencodebase64", 2, 2, (a, c) -> {
            java.nio.charset.Charset cs = charset(str(a.get(1)));
            try {
                java.nio.ByteBuffer b = cs.newEncoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(str(a.get(0))));
                byte[] bytes = new byte[b.remaining()];
                b.get(bytes);
                return Value.str(Base64.getEncoder().encodeToString(bytes));
            } catch (java.nio.charset.CharacterCodingException | UnsupportedOperationException e) {
                throw new FnError("the given string contains characters that cannot be represented in " + cs.name());
            }
        });
        def("textdecodebase64", 2, 2, (a, c) -> {
            java.nio.charset.Charset cs = charset(str(a.get(1)));
            byte[] bytes = base64(str(a.get(0)));
            try {
                return Value.str(cs.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString());
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new FnError("the given string contains symbols that are not defined for " + cs.name());
            }
        });
        def("urlencode", 1, 1, (a, c) -> {
            StringBuilder b = new StringBuilder();
            for (byte x : str(a.get(0)).getBytes(StandardCharsets.UTF_8)) {
                int ch = x & 0xFF;
                if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || "-_.~".indexOf(ch) >= 0) {
                    b.append((char) ch);
                } else if (ch == ' ') {
                    b.append('+');
                } else {
                    b.append('%').append(String.format("%02X", ch));
                }
            }
            return Value.str(b.toString());
        });
        def("csvdecode", 1, 1, (a, c) -> csvDecode(str(a.get(0))));

        // --- hashes and ids
        def("md5", 1, 1, (a, c) -> Value.str(hash("MD5", str(a.get(0)).getBytes(StandardCharsets.UTF_8), false)));
        def("sha1", 1, 1, (a, c) -> Value.str(hash("SHA-1", str(a.get(0)).getBytes(StandardCharsets.UTF_8), false)));
        def("sha256", 1, 1, (a, c) -> Value.str(hash("SHA-256", str(a.get(0)).getBytes(StandardCharsets.UTF_8), false)));
        def("sha512", 1, 1, (a, c) -> Value.str(hash("SHA-512", str(a.get(0)).getBytes(StandardCharsets.UTF_8), false)));
        def("base64sha256", 1, 1, (a, c) -> Value.str(hash("SHA-256", str(a.get(0)).getBytes(StandardCharsets.UTF_8), true)));
        def("base64sha512", 1, 1, (a, c) -> Value.str(hash("SHA-512", str(a.get(0)).getBytes(StandardCharsets.UTF_8), true)));
        def("filemd5", 1, 1, (a, c) -> Value.str(hash("MD5", readFile(c, str(a.get(0))), false)));
        def("filesha1", 1, 1, (a, c) -> Value.str(hash("SHA-1", readFile(c, str(a.get(0))), false)));
        def("filesha256", 1, 1, (a, c) -> Value.str(hash("SHA-256", readFile(c, str(a.get(0))), false)));
        def("filesha512", 1, 1, (a, c) -> Value.str(hash("SHA-512", readFile(c, str(a.get(0))), false)));
        def("filebase64sha256", 1, 1, (a, c) -> Value.str(hash("SHA-256", readFile(c, str(a.get(0))), true)));
        def("filebase64sha512", 1, 1, (a, c) -> Value.str(hash("SHA-512", readFile(c, str(a.get(0))), true)));
        def("uuidv5", 2, 2, (a, c) -> {
            String ns = switch (str(a.get(0))) {
                case "dns" -> "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
                case "url" -> "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
                case "oid" -> "6ba7b812-9dad-11d1-80b4-00c04fd430c8";
                case "x500" -> "6ba7b814-9dad-11d1-80b4-00c04fd430c8";
                default -> str(a.get(0));
            };
            if (!ns.matches("(?i)(urn:uuid:)?\\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\}?")) {
                throw new FnError("uuidv5() doesn't support namespace " + ns);
            }
            return Value.str(uuid5(UUID.fromString(ns.replaceAll("(?i)^urn:uuid:|[{}]", "")), str(a.get(1))).toString());
        });
        defUnknownOk("uuid", 0, 0, (a, c) -> Value.unknown("uuid() is random"));
        defUnknownOk("bcrypt", 1, 2, (a, c) -> Value.unknown("bcrypt() uses a random salt"));
        defUnknownOk("timestamp", 0, 0, (a, c) -> Value.unknown("timestamp() is the apply time"));
        defUnknownOk("plantimestamp", 0, 0, (a, c) -> Value.unknown("plantimestamp() is the plan time"));

        // --- time
        def("timeadd", 2, 2, (a, c) -> Value.str(TimeFns.add(str(a.get(0)), str(a.get(1)))));
        def("timecmp", 2, 2, (a, c) -> Value.num(Integer.signum(TimeFns.parse(str(a.get(0))).toInstant().compareTo(TimeFns.parse(str(a.get(1))).toInstant()))));
        def("formatdate", 2, 2, (a, c) -> Value.str(TimeFns.format(str(a.get(0)), str(a.get(1)))));

        // --- files
        def("file", 1, 1, (a, c) -> Value.str(readText(c, str(a.get(0)))));
        def("filebase64", 1, 1, (a, c) -> Value.str(Base64.getEncoder().encodeToString(readFile(c, str(a.get(0))))));
        def("fileexists", 1, 1, (a, c) -> {
            Path p = confined(c, str(a.get(0)));
            if (Files.isDirectory(p)) {
                throw new FnError(str(a.get(0)) + " is a directory, not a file");
            }
            if (Files.exists(p) && !Files.isRegularFile(p)) {
                throw new FnError(str(a.get(0)) + " is not a regular file");
            }
            return Value.bool(Files.isRegularFile(p));
        });
        def("fileset", 2, 2, (a, c) -> {
            Path base = confined(c, str(a.get(0)));
            String pattern = cleanPath(str(a.get(1)));
            if (pattern.equals("..") || pattern.startsWith("../") || pattern.startsWith("/")) {
                throw new FnError("pattern \"" + str(a.get(1)) + "\" reaches outside the given directory; Cloudwright reads files only inside the module");
            }
            Pattern m = Glob.compile(pattern);
            List<Value> out = new ArrayList<>();
            if (Files.isDirectory(base)) {
                try (var s = Files.walk(base, 32)) {
                    var it = s.filter(Files::isRegularFile).iterator();
                    while (it.hasNext()) {
                        String rel = base.relativize(it.next()).toString().replace('\\', '/');
                        if (m.matcher(rel).matches()) {
                            out.add(Value.str(rel));
                            if (out.size() > 100_000) {
                                throw new FnError("more than 100000 files match");
                            }
                        }
                    }
                } catch (java.io.IOException | java.io.UncheckedIOException e) {
                    throw new FnError("cannot list \"" + str(a.get(0)) + "\": " + e.getMessage());
                }
            }
            return Value.set(out);
        });
        def("templatefile", 2, 2, (a, c) -> c.renderTemplate(confined(c, str(a.get(0))), a.get(1)));
        def("basename", 1, 1, (a, c) -> Value.str(baseName(str(a.get(0)))));
        def("dirname", 1, 1, (a, c) -> Value.str(dirName(str(a.get(0)))));
        def("abspath", 1, 1, (a, c) -> {
            String p = str(a.get(0));
            return Value.str(cleanPath(p.startsWith("/") ? p : Path.of("").toAbsolutePath().toString().replace('\\', '/') + "/" + p));
        });
        def("pathexpand", 1, 1, (a, c) -> Value.str(expandHome(str(a.get(0)))));

        // --- network
        def("cidrhost", 2, 2, (a, c) -> Value.str(Cidr.host(str(a.get(0)), bigInteger(a.get(1)))));
        def("cidrnetmask", 1, 1, (a, c) -> Value.str(Cidr.netmask(str(a.get(0)))));
        def("cidrsubnet", 3, 3, (a, c) -> Value.str(Cidr.subnet(str(a.get(0)), wholeNumber(a.get(1)), bigInteger(a.get(2)))));
        def("cidrsubnets", 1, -1, (a, c) -> {
            List<Long> bits = new ArrayList<>();
            a.subList(1, a.size()).forEach(v -> bits.add(wholeNumber(v)));
            return strList(Cidr.subnets(str(a.get(0)), bits));
        });

        // --- types
        defUnknownOk("tostring", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown || a.get(0).isNull() ? a.get(0) : Value.str(str(a.get(0))));
        defUnknownOk("tonumber", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown || a.get(0).isNull() ? a.get(0) : Value.num(strictNumber(a.get(0))));
        defUnknownOk("tobool", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown || a.get(0).isNull() ? a.get(0)
                : Value.bool(Convert.toBool(a.get(0))));
        defUnknownOk("tolist", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown ? a.get(0) : Value.list(unify(seq(a.get(0)))));
        defUnknownOk("toset", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown ? a.get(0) : Value.set(unify(seq(a.get(0)))));
        defUnknownOk("tomap", 1, 1, (a, c) -> {
            if (a.get(0) instanceof Value.Unknown) {
                return a.get(0);
            }
            Map<String, Value> m = obj(a.get(0));
            List<Value> vals = unify(new ArrayList<>(m.values()));
            Map<String, Value> out = new TreeMap<>();
            int i = 0;
            for (String k : m.keySet()) {
                out.put(k, vals.get(i++));
            }
            return Value.map(out);
        });
        defUnknownOk("sensitive", 1, 1, (a, c) -> a.get(0));
        defUnknownOk("nonsensitive", 1, 1, (a, c) -> a.get(0));
        defUnknownOk("issensitive", 1, 1, (a, c) -> Value.unknown("sensitivity is not tracked offline"));
        defUnknownOk("ephemeralasnull", 1, 1, (a, c) -> a.get(0));
    }

    // ------------------------------------------------------------------ argument helpers

    /** An object whose full set of attributes is not known offline (a resource with computed attributes). */
    static boolean isOpen(Value v) {
        return v instanceof Value.Obj o && o.unknownRest() != null;
    }

    private static Value openUnknown(Value v) {
        return Value.unknown(((Value.Obj) v).unknownRest().replace("{attr}", "attributes"), ((Value.Obj) v).restOrigin());
    }

    /** A number argument that must be a whole number within 64 bits, as Terraform requires for counts and indexes. */
    static long wholeNumber(Value v) {
        BigDecimal n = num(v);
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw new FnError("value must be a whole number, between -9223372036854775808 and 9223372036854775807, got " + Convert.plain(n));
        }
    }

    static BigInteger bigInteger(Value v) {
        BigDecimal n = num(v);
        try {
            return n.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new FnError("a whole number is required, got " + Convert.plain(n));
        }
    }

    /** A result computed in 64-bit floating point, as Terraform computes {@code log} and {@code pow}. */
    static Value fromDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new FnError("the result is not a finite number");
        }
        return Value.num(BigDecimal.valueOf(d));
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** {@code tonumber}: a number, or a string in decimal number syntax. */
    static BigDecimal strictNumber(Value v) {
        if (v instanceof Value.Str s && !NUMBER.matcher(s.value()).matches()) {
            throw new Convert.ConversionError("a number is required, got the string \"" + s.value() + "\"");
        }
        return num(v);
    }

    /** Go's {@code big.Int.SetString} with an explicit base from 2 to 62. */
    static BigInteger parseInt(String s, int base) {
        String digits = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        if (digits.isEmpty()) {
            throw new FnError("cannot parse \"" + s + "\" as a base " + base + " integer");
        }
        BigInteger b = BigInteger.valueOf(base);
        BigInteger n = BigInteger.ZERO;
        for (char ch : digits.toCharArray()) {
            int d;
            if (ch >= '0' && ch <= '9') {
                d = ch - '0';
            } else if (ch >= 'a' && ch <= 'z') {
                d = ch - 'a' + 10;
            } else if (ch >= 'A' && ch <= 'Z') {
                d = base <= 36 ? ch - 'A' + 10 : ch - 'A' + 36;
            } else {
                d = Integer.MAX_VALUE;
            }
            if (d >= base) {
                throw new FnError("cannot parse \"" + s + "\" as a base " + base + " integer");
            }
            n = n.multiply(b).add(BigInteger.valueOf(d));
        }
        return s.startsWith("-") ? n.negate() : n;
    }

    /**
     * Terraform's type unification for the elements of a new list, set or map: mixing strings with
     * numbers or bools makes every element a string; numbers with bools have no common type.
     */
    static List<Value> unify(List<Value> items) {
        boolean str = false;
        boolean number = false;
        boolean bool = false;
        boolean complex = false;
        for (Value v : items) {
            str |= v instanceof Value.Str;
            number |= v instanceof Value.Num;
            bool |= v instanceof Value.Bool;
            complex |= v instanceof Value.Seq || v instanceof Value.Obj;
        }
        boolean primitive = str || number || bool;
        if (primitive && complex) {
            throw new FnError("all elements must have the same type; cannot mix primitive values with collections");
        }
        if (!str && number && bool) {
            throw new FnError("all elements must have the same type; numbers and bools have no common type");
        }
        if (!str || !(number || bool)) {
            return items;
        }
        List<Value> out = new ArrayList<>(items.size());
        for (Value v : items) {
            out.add(v instanceof Value.Num || v instanceof Value.Bool ? Value.str(str(v)) : v);
        }
        return out;
    }

    private static List<Value> concatLists(List<Value> a, List<Value> b) {
        List<Value> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Converts a primitive to the primitive type of {@code like} (a map's element type). */
    private static Value convertLike(Value v, Value like) {
        if (like instanceof Value.Str) {
            return Value.str(str(v));
        }
        if (like instanceof Value.Num) {
            return Value.num(num(v));
        }
        if (like instanceof Value.Bool) {
            return Value.bool(Convert.toBool(v));
        }
        return v;
    }

    static Re2.Compiled regex(String pattern) {
        Re2.Compiled re = Re2.compile(pattern);
        if (re.hasNamed() && re.hasUnnamed()) {
            throw new FnError("invalid regexp pattern: cannot mix both named and unnamed capture groups");
        }
        return re;
    }

    private static Value captures(Re2.Compiled re, Re2.Match m, String s) {
        List<String> names = re.groupNames();
        if (names.isEmpty()) {
            return Value.str(s.substring(m.start(0), m.end(0)));
        }
        List<Value> groups = new ArrayList<>();
        Map<String, Value> named = new TreeMap<>();
        for (int g = 1; g <= names.size(); g++) {
            Value v = m.start(g) < 0 ? Value.NULL : Value.str(s.substring(m.start(g), m.end(g)));
            groups.add(v);
            if (names.get(g - 1) != null) {
                named.put(names.get(g - 1), v);
            }
        }
        return re.hasNamed() ? Value.object(named) : Value.tuple(groups);
    }

    /** Standard base64 as Go decodes it: padding required, line breaks ignored. */
    static byte[] base64(String s) {
        String t = s.replace("\r", "").replace("\n", "");
        try {
            if (t.length() % 4 != 0) {
                throw new IllegalArgumentException("length");
            }
            return Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            throw new FnError("failed to decode base64 data");
        }
    }

    static String utf8(byte[] b, String message) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new FnError(message);
        }
    }

    private static java.nio.charset.Charset charset(String name) {
        try {
            return java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new FnError("\"" + name + "\" is not a supported IANA encoding name or alias");
        }
    }

    /** RFC 4180 CSV as Go's encoding/csv reads it; the first record names the columns. */
    static Value csvDecode(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> rec = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean atLineStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (atLineStart && (c == '\n' || c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
                i += c == '\r' ? 2 : 1;
                continue;
            }
            atLineStart = false;
            if (c == '"' && field.length() == 0) {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new FnError("extraneous or missing \" in quoted-field");
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                        continue;
                    }
                    field.append(q);
                    i++;
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && !(text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n')) {
                    throw new FnError("extraneous or missing \" in quoted-field");
                }
                if (i >= n) {
                    rec.add(field.toString());
                    field.setLength(0);
                }
                continue;
            }
            if (c == ',') {
                rec.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\n' || c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                rec.add(field.toString());
                field.setLength(0);
                records.add(rec);
                rec = new ArrayList<>();
                atLineStart = true;
                i += c == '\r' ? 2 : 1;
            } else if (c == '"') {
                throw new FnError("bare \" in non-quoted-field");
            } else {
                field.append(c);
                i++;
                if (i >= n) {
                    rec.add(field.toString());
                    field.setLength(0);
                }
            }
        }
        if (!rec.isEmpty()) {
            records.add(rec);
        }
        if (records.isEmpty()) {
            throw new FnError("missing header line");
        }
        List<String> header = records.get(0);
        if (new java.util.HashSet<>(header).size() != header.size()) {
            throw new FnError("duplicate column name in the header line");
        }
        List<Value> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.size() != header.size()) {
                throw new FnError("record on line " + (r + 1) + ": wrong number of fields");
            }
            Map<String, Value> row = new TreeMap<>();
            for (int k = 0; k < header.size(); k++) {
                row.put(header.get(k), Value.str(cells.get(k)));
            }
            rows.add(Value.object(row));
        }
        return Value.list(rows);
    }

    /** Go's {@code path.Clean}. */
    static String cleanPath(String p) {
        boolean rooted = p.startsWith("/");
        List<String> parts = new ArrayList<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
                    parts.remove(parts.size() - 1);
                } else if (!rooted) {
                    parts.add(seg);
                }
                continue;
            }
            parts.add(seg);
        }
        String joined = String.join("/", parts);
        return rooted ? "/" + joined : joined.isEmpty() ? "." : joined;
    }

    /** Go's {@code filepath.Base}. */
    static String baseName(String p) {
        if (p.isEmpty()) {
            return ".";
        }
        String t = p.replaceAll("/+$", "");
        if (t.isEmpty()) {
            return "/";
        }
        return t.substring(t.lastIndexOf('/') + 1);
    }

    /** Go's {@code filepath.Dir}. */
    static String dirName(String p) {
        int i = p.lastIndexOf('/');
        return cleanPath(p.substring(0, i + 1));
    }

    /** Expands a leading {@code ~} to the user's home directory, like Terraform's pathexpand. */
    static String expandHome(String p) {
        if (!p.startsWith("~")) {
            return p;
        }
        if (p.length() > 1 && p.charAt(1) != '/') {
            throw new FnError("cannot expand user-specific home dir");
        }
        return System.getProperty("user.home") + p.substring(1);
    }

    private static List<Value> strListValues(List<String> l) {
        List<Value> out = new ArrayList<>();
        l.forEach(s -> out.add(Value.str(s)));
        return out;
    }

    private static void flatten(List<Value> in, List<Value> out) {
        for (Value v : in) {
            if (v instanceof Value.Seq s) {
                flatten(s.items(), out);
            } else {
                out.add(v);
            }
        }
    }

    private static UUID uuid5(UUID ns, String name) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.allocate(16);
            bb.putLong(ns.getMostSignificantBits()).putLong(ns.getLeastSignificantBits());
            md.update(bb.array());
            md.update(name.getBytes(StandardCharsets.UTF_8));
            byte[] h = md.digest();
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            java.nio.ByteBuffer r = java.nio.ByteBuffer.wrap(h, 0, 16);
            return new UUID(r.getLong(), r.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 3339 time helpers with Go's parsing, duration syntax and output format. */
    static final class TimeFns {
        private TimeFns() {}

        private static final Pattern RFC3339 = Pattern.compile(
                "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

        static java.time.OffsetDateTime parse(String s) {
            Matcher m = RFC3339.matcher(s);
            if (!m.matches()) {
                throw new FnError("not a valid RFC3339 timestamp: \"" + s + "\"");
            }
            try {
                int nanos = 0;
                if (m.group(7) != null) {
                    String frac = (m.group(7).substring(1) + "000000000").substring(0, 9);
                    nanos = Integer.parseInt(frac);
                }
                ZoneOffset off = m.group(8).equals("Z") ? ZoneOffset.UTC : ZoneOffset.of(m.group(8));
                return java.time.OffsetDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), nanos, off);
            } catch (java.time.DateTimeException e) {
                throw new FnError("not a valid RFC3339 timestamp: \"" + s + "\": " + e.getMessage());
            }
        }

        private static final Pattern DURATION_PART = Pattern.compile("(\\d*)(?:\\.(\\d*))?([a-zµμ]*)");

        /** Go's {@code time.ParseDuration}, in nanoseconds. */
        static long duration(String dur) {
            String s = dur;
            boolean neg = false;
            if (s.startsWith("-") || s.startsWith("+")) {
                neg = s.startsWith("-");
                s = s.substring(1);
            }
            if (s.equals("0")) {
                return 0;
            }
            if (s.isEmpty()) {
                throw new FnError("time: invalid duration \"" + dur + "\"");
            }
            BigDecimal total = BigDecimal.ZERO;
            Matcher m = DURATION_PART.matcher(s);
            int at = 0;
            while (at < s.length()) {
                if (!m.find(at) || m.start() != at || m.end() == at) {
                    throw new FnError("time: invalid duration \"" + dur + "\"");
                }
                String whole = m.group(1);
                String frac = m.group(2) == null ? "" : m.group(2);
                if (whole.isEmpty() && frac.isEmpty()) {
                    throw new FnError("time: invalid duration \"" + dur + "\"");
                }
                long unit = switch (m.group(3)) {
                    case "ns" -> 1L;
                    case "us", "µs", "μs" -> 1_000L;
                    case "ms" -> 1_000_000L;
                    case "s" -> 1_000_000_000L;
                    case "m" -> 60_000_000_000L;
                    case "h" -> 3_600_000_000_000L;
                    case "" -> throw new FnError("time: missing unit in duration \"" + dur + "\"");
                    default -> throw new FnError("time: unknown unit \"" + m.group(3) + "\" in duration \"" + dur + "\"");
                };
                BigDecimal n = new BigDecimal((whole.isEmpty() ? "0" : whole) + (frac.isEmpty() ? "" : "." + frac));
                total = total.add(n.multiply(BigDecimal.valueOf(unit)));
                at = m.end();
            }
            BigInteger nanos = total.setScale(0, RoundingMode.DOWN).toBigInteger();
            if (nanos.bitLength() > 63) {
                throw new FnError("time: invalid duration \"" + dur + "\"");
            }
            return neg ? -nanos.longValue() : nanos.longValue();
        }

        static String add(String ts, String dur) {
            java.time.OffsetDateTime t = parse(ts).plusNanos(duration(dur));
            return rfc3339(t);
        }

        static String rfc3339(java.time.OffsetDateTime t) {
            String off = t.getOffset().getTotalSeconds() == 0 ? "Z" : t.getOffset().getId();
            return String.format("%04d-%02d-%02dT%02d:%02d:%02d%s", t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.getHour(),
                    t.getMinute(), t.getSecond(), off);
        }

        static String format(String spec, String ts) {
            java.time.OffsetDateTime t = parse(ts);
            StringBuilder b = new StringBuilder();
            int i = 0;
            while (i < spec.length()) {
                char c = spec.charAt(i);
                if (c == '\'') {
                    if (i + 1 < spec.length() && spec.charAt(i + 1) == '\'') {
                        b.append('\'');
                        i += 2;
                        continue;
                    }
                    int j = i + 1;
                    StringBuilder lit = new StringBuilder();
                    while (true) {
                        if (j >= spec.length()) {
                            throw new FnError("unterminated literal '");
                        }
                        if (spec.charAt(j) == '\'') {
                            if (j + 1 < spec.length() && spec.charAt(j + 1) == '\'') {
                                lit.append('\'');
                                j += 2;
                                continue;
                            }
                            break;
                        }
                        lit.append(spec.charAt(j++));
                    }
                    b.append(lit);
                    i = j + 1;
                    continue;
                }
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                    b.append(c);
                    i++;
                    continue;
                }
                int j = i;
                while (j < spec.length() && spec.charAt(j) == c) {
                    j++;
                }
                b.append(verb(spec.substring(i, j), t));
                i = j;
            }
            return b.toString();
        }

        private static String verb(String tok, java.time.OffsetDateTime t) {
            int len = tok.length();
            int h12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            String offset = offset(t, false);
            String r = switch (tok.charAt(0)) {
                case 'Y' -> len == 2 ? String.format("%02d", t.getYear() % 100) : len == 4 ? String.format("%04d", t.getYear()) : null;
                case 'M' -> len == 1 ? String.valueOf(t.getMonthValue()) : len == 2 ? String.format("%02d", t.getMonthValue())
                        : len == 3 ? t.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                        : len == 4 ? t.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) : null;
                case 'D' -> len == 1 ? String.valueOf(t.getDayOfMonth()) : len == 2 ? String.format("%02d", t.getDayOfMonth()) : null;
                case 'E' -> len == 3 ? t.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                        : len == 4 ? t.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) : null;
                case 'h' -> len == 1 ? String.valueOf(t.getHour()) : len == 2 ? String.format("%02d", t.getHour()) : null;
                case 'H' -> len == 1 ? String.valueOf(h12) : len == 2 ? String.format("%02d", h12) : null;
                case 'A' -> len == 2 ? (t.getHour() < 12 ? "AM" : "PM") : null;
                case 'a' -> len == 2 ? (t.getHour() < 12 ? "am" : "pm") : null;
                case 'm' -> len == 1 ? String.valueOf(t.getMinute()) : len == 2 ? String.format("%02d", t.getMinute()) : null;
                case 's' -> len == 1 ? String.valueOf(t.getSecond()) : len == 2 ? String.format("%02d", t.getSecond()) : null;
                case 'Z' -> switch (len) {
                    case 1 -> t.getOffset().getTotalSeconds() == 0 ? "Z" : offset(t, true);
                    case 3 -> offset.equals("+0000") ? "UTC" : offset;
                    case 4 -> offset;
                    case 5 -> offset(t, true);
                    default -> null;
                };
                default -> null;
            };
            if (r == null) {
                throw new FnError("invalid date format verb \"" + tok + "\"");
            }
            return r;
        }

        private static String offset(java.time.OffsetDateTime t, boolean colon) {
            int secs = t.getOffset().getTotalSeconds();
            int abs = Math.abs(secs);
            return String.format("%s%02d%s%02d", secs < 0 ? "-" : "+", abs / 3600, colon ? ":" : "", abs / 60 % 60);
        }
    }

    /** IPv4/IPv6 prefix arithmetic, with Go's address parsing and printing. */
    static final class Cidr {
        private Cidr() {}

        record Prefix(BigInteger base, int bits, int length) {}

        static BigInteger parseAddress(String s) {
            if (s.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                BigInteger v = BigInteger.ZERO;
                for (String part : s.split("\\.")) {
                    int octet = Integer.parseInt(part);
                    if (octet > 255) {
                        return null;
                    }
                    v = v.shiftLeft(8).add(BigInteger.valueOf(octet));
                }
                return v;
            }
            if (!s.matches("[0-9a-fA-F:.]+") || !s.contains(":")) {
                return null;
            }
            String head = s;
            String tail = "";
            int dbl = s.indexOf("::");
            if (dbl >= 0) {
                if (s.indexOf("::", dbl + 1) >= 0) {
                    return null;
                }
                head = s.substring(0, dbl);
                tail = s.substring(dbl + 2);
            }
            List<Integer> hs = groups(head);
            List<Integer> ts = groups(tail);
            if (hs == null || ts == null) {
                return null;
            }
            int missing = 8 - hs.size() - ts.size();
            if (dbl < 0 ? missing != 0 : missing < 1) {
                return null;
            }
            BigInteger v = BigInteger.ZERO;
            List<Integer> all = new ArrayList<>(hs);
            for (int i = 0; i < (dbl < 0 ? 0 : missing); i++) {
                all.add(0);
            }
            all.addAll(ts);
            for (int g : all) {
                v = v.shiftLeft(16).add(BigInteger.valueOf(g));
            }
            return v;
        }

        /** The 16-bit groups of part of an IPv6 address; a trailing dotted IPv4 address counts as two. */
        private static List<Integer> groups(String s) {
            List<Integer> out = new ArrayList<>();
            if (s.isEmpty()) {
                return out;
            }
            String[] parts = s.split(":", -1);
            for (int i = 0; i < parts.length; i++) {
                String p = parts[i];
                if (i == parts.length - 1 && p.contains(".")) {
                    BigInteger v4 = parseAddress(p);
                    if (v4 == null || !p.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
                        return null;
                    }
                    out.add(v4.shiftRight(16).intValue());
                    out.add(v4.intValue() & 0xFFFF);
                } else if (p.matches("[0-9a-fA-F]{1,4}")) {
                    out.add(Integer.parseInt(p, 16));
                } else {
                    return null;
                }
            }
            return out;
        }

        static Prefix parse(String cidr) {
            int slash = cidr.indexOf('/');
            if (slash < 0) {
                throw new FnError("invalid CIDR expression: invalid CIDR address: " + cidr);
            }
            BigInteger ip = parseAddress(cidr.substring(0, slash));
            String lenText = cidr.substring(slash + 1);
            int bits = cidr.substring(0, slash).contains(":") ? 128 : 32;
            if (ip == null || !lenText.matches("\\d{1,3}") || Integer.parseInt(lenText) > bits) {
                throw new FnError("invalid CIDR expression: invalid CIDR address: " + cidr);
            }
            int len = Integer.parseInt(lenText);
            BigInteger all = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
            BigInteger mask = all.shiftRight(len).xor(all);
            return new Prefix(ip.and(mask), bits, len);
        }

        static String addr(BigInteger v, int bits) {
            if (bits == 32) {
                long x = v.longValue();
                return (x >> 24 & 255) + "." + (x >> 16 & 255) + "." + (x >> 8 & 255) + "." + (x & 255);
            }
            int[] g = new int[8];
            for (int i = 7; i >= 0; i--) {
                g[i] = v.intValue() & 0xFFFF;
                v = v.shiftRight(16);
            }
            int bestAt = -1;
            int bestLen = 1;
            for (int i = 0; i < 8;) {
                int j = i;
                while (j < 8 && g[j] == 0) {
                    j++;
                }
                if (j - i > bestLen) {
                    bestAt = i;
                    bestLen = j - i;
                }
                i = j == i ? i + 1 : j;
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                if (i == bestAt) {
                    b.append("::");
                    i += bestLen - 1;
                    continue;
                }
                if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
                    b.append(':');
                }
                b.append(Integer.toHexString(g[i]));
            }
            return b.toString();
        }

        static String host(String cidr, BigInteger num) {
            Prefix p = parse(cidr);
            BigInteger size = BigInteger.ONE.shiftLeft(p.bits - p.length);
            BigInteger n = num.signum() < 0 ? size.add(num) : num;
            if (n.signum() < 0 || n.compareTo(size) >= 0) {
                throw new FnError("prefix of " + p.length + " does not accommodate a host numbered " + num);
            }
            return addr(p.base.add(n), p.bits);
        }

        static String netmask(String cidr) {
            Prefix p = parse(cidr);
            if (p.bits != 32) {
                throw new FnError("IPv6 addresses cannot have a netmask: " + cidr);
            }
            BigInteger all = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
            return addr(all.shiftRight(p.length).xor(all), 32);
        }

        static String subnet(String cidr, long newbits, BigInteger num) {
            Prefix p = parse(cidr);
            if (newbits < 0 || p.length + newbits > p.bits) {
                throw new FnError("insufficient address space to extend prefix of " + p.length + " by " + newbits);
            }
            int len = (int) (p.length + newbits);
            if (num.signum() < 0 || num.bitLength() > newbits) {
                throw new FnError("prefix extension of " + newbits + " does not accommodate a subnet numbered " + num);
            }
            return addr(p.base.add(num.shiftLeft(p.bits - len)), p.bits) + "/" + len;
        }

        static List<String> subnets(String cidr, List<Long> newbits) {
            Prefix p = parse(cidr);
            List<String> out = new ArrayList<>();
            BigInteger next = p.base;
            BigInteger end = p.base.add(BigInteger.ONE.shiftLeft(p.bits - p.length));
            for (long nb : newbits) {
                if (nb < 1) {
                    throw new FnError("must extend prefix by at least one bit");
                }
                if (nb > 32) {
                    throw new FnError("may not extend prefix by more than 32 bits");
                }
                int len = (int) (p.length + nb);
                if (len > p.bits) {
                    throw new FnError("would extend prefix to " + len + " bits, which is too long for an IPv" + (p.bits == 32 ? 4 : 6) + " address");
                }
                BigInteger size = BigInteger.ONE.shiftLeft(p.bits - len);
                BigInteger rem = next.subtract(p.base).mod(size);
                if (rem.signum() != 0) {
                    next = next.add(size.subtract(rem));
                }
                if (next.add(size).compareTo(end) > 0) {
                    throw new FnError("not enough remaining address space for a subnet with a prefix of " + len + " bits");
                }
                out.add(addr(next, p.bits) + "/" + len);
                next = next.add(size);
            }
            return out;
        }
    }
}
