package dev.cloudwright.terraform.eval;

import dev.cloudwright.core.JsonParser;
import dev.cloudwright.terraform.hcl.Range;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
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
                    return Value.unknown("depends on a value not known offline");
                }
            }
        }
        try {
            return d.fn.call(args, ctx);
        } catch (Convert.ConversionError e) {
            throw new EvalError("Invalid function argument", name + ": " + e.getMessage(), ctx.range());
        } catch (FnError e) {
            throw new EvalError("Error in function call", "Call to function \"" + name + "\" failed: " + e.getMessage(), ctx.range());
        }
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
            b.append('"');
            for (char c : s.value().toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    case '<' -> b.append("\\u003c");
                    case '>' -> b.append("\\u003e");
                    case '&' -> b.append("\\u0026");
                    default -> {
                        if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
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
        Path target = base.resolve(p).normalize();
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
        def("chomp", 1, 1, (a, c) -> Value.str(str(a.get(0)).replaceAll("(\r\n|\n|\r)+$", "")));
        def("endswith", 2, 2, (a, c) -> Value.bool(str(a.get(0)).endsWith(str(a.get(1)))));
        def("startswith", 2, 2, (a, c) -> Value.bool(str(a.get(0)).startsWith(str(a.get(1)))));
        def("strcontains", 2, 2, (a, c) -> Value.bool(str(a.get(0)).contains(str(a.get(1)))));
        def("lower", 1, 1, (a, c) -> Value.str(str(a.get(0)).toLowerCase(Locale.ROOT)));
        def("upper", 1, 1, (a, c) -> Value.str(str(a.get(0)).toUpperCase(Locale.ROOT)));
        def("title", 1, 1, (a, c) -> {
            StringBuilder b = new StringBuilder();
            boolean start = true;
            for (char ch : str(a.get(0)).toCharArray()) {
                b.append(start && Character.isLetter(ch) ? Character.toUpperCase(ch) : ch);
                start = !Character.isLetterOrDigit(ch);
            }
            return Value.str(b.toString());
        });
        def("strrev", 1, 1, (a, c) -> Value.str(new StringBuilder(str(a.get(0))).reverse().toString()));
        def("trimspace", 1, 1, (a, c) -> Value.str(str(a.get(0)).strip()));
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
        def("trim", 2, 2, (a, c) -> {
            String s = str(a.get(0));
            String chars = str(a.get(1));
            int i = 0;
            int j = s.length();
            while (i < j && chars.indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            while (j > i && chars.indexOf(s.charAt(j - 1)) >= 0) {
                j--;
            }
            return Value.str(s.substring(i, j));
        });
        def("join", 2, -1, (a, c) -> {
            List<String> parts = new ArrayList<>();
            for (Value l : a.subList(1, a.size())) {
                for (Value v : seq(l)) {
                    parts.add(str(v));
                }
            }
            return Value.str(String.join(str(a.get(0)), parts));
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
                Pattern p = regex(sub.substring(1, sub.length() - 1));
                return Value.str(p.matcher(s).replaceAll(rep.replaceAll("\\$\\{?(\\w+)\\}?", "\\$$1").replace("\\", "\\\\")
                        .replace("\\\\$", "\\$")));
            }
            return Value.str(s.replace(sub, rep));
        });
        def("substr", 3, 3, (a, c) -> {
            String s = str(a.get(0));
            int[] cps = s.codePoints().toArray();
            int off = integer(a.get(1));
            int len = integer(a.get(2));
            if (off < 0) {
                off = Math.max(0, cps.length + off);
            }
            if (off > cps.length) {
                throw new FnError("offset " + off + " is beyond the end of the string");
            }
            int end = len < 0 ? cps.length : Math.min(cps.length, off + len);
            return Value.str(new String(cps, off, Math.max(0, end - off)));
        });
        def("indent", 2, 2, (a, c) -> {
            String pad = " ".repeat(integer(a.get(0)));
            return Value.str(str(a.get(1)).replace("\n", "\n" + pad));
        });
        def("format", 1, -1, (a, c) -> Value.str(Format.format(str(a.get(0)), a.subList(1, a.size()))));
        def("formatlist", 1, -1, (a, c) -> {
            int n = -1;
            for (Value v : a.subList(1, a.size())) {
                if (v instanceof Value.Seq s) {
                    if (n >= 0 && s.items().size() != n) {
                        throw new FnError("all list arguments must have the same length");
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
                for (Value v : a.subList(1, a.size())) {
                    row.add(v instanceof Value.Seq s ? s.items().get(i) : v);
                }
                out.add(Value.str(Format.format(str(a.get(0)), row)));
            }
            return Value.list(out);
        });
        def("regex", 2, 2, (a, c) -> {
            Matcher m = regex(str(a.get(0))).matcher(str(a.get(1)));
            if (!m.find()) {
                throw new FnError("pattern did not match any part of the given string");
            }
            return captures(m, str(a.get(0)));
        });
        def("regexall", 2, 2, (a, c) -> {
            Matcher m = regex(str(a.get(0))).matcher(str(a.get(1)));
            List<Value> out = new ArrayList<>();
            while (m.find()) {
                out.add(captures(m, str(a.get(0))));
            }
            return Value.list(out);
        });

        // --- numbers
        def("abs", 1, 1, (a, c) -> Value.num(num(a.get(0)).abs()));
        def("ceil", 1, 1, (a, c) -> Value.num(num(a.get(0)).setScale(0, RoundingMode.CEILING)));
        def("floor", 1, 1, (a, c) -> Value.num(num(a.get(0)).setScale(0, RoundingMode.FLOOR)));
        def("signum", 1, 1, (a, c) -> Value.num(num(a.get(0)).signum()));
        def("log", 2, 2, (a, c) -> Value.num(new BigDecimal(Math.log(num(a.get(0)).doubleValue()) / Math.log(num(a.get(1)).doubleValue()),
                MathContext.DECIMAL64)));
        def("pow", 2, 2, (a, c) -> {
            BigDecimal base = num(a.get(0));
            BigDecimal exp = num(a.get(1));
            if (exp.stripTrailingZeros().scale() <= 0 && exp.signum() >= 0 && exp.compareTo(BigDecimal.valueOf(10_000)) <= 0) {
                return Value.num(base.pow(exp.intValue()));
            }
            return Value.num(new BigDecimal(Math.pow(base.doubleValue(), exp.doubleValue()), MathContext.DECIMAL64));
        });
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
            try {
                return Value.num(new BigDecimal(new BigInteger(str(a.get(0)), integer(a.get(1)))));
            } catch (NumberFormatException e) {
                throw new FnError("cannot parse \"" + str(a.get(0)) + "\" as a base " + integer(a.get(1)) + " integer");
            }
        });

        // --- collections
        defUnknownOk("length", 1, 1, (a, c) -> {
            Value v = a.get(0);
            if (v instanceof Value.Unknown) {
                return Value.unknown("length of an unknown value");
            }
            if (v instanceof Value.Seq s) {
                return Value.num(s.items().size());
            }
            if (v instanceof Value.Obj o) {
                return Value.num(o.attrs().size());
            }
            if (v instanceof Value.Str s) {
                return Value.num(s.value().codePointCount(0, s.value().length()));
            }
            throw new FnError("length requires a string, collection or structural value, got " + v.typeName());
        });
        defUnknownOk("keys", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown ? a.get(0) : strList(new ArrayList<>(obj(a.get(0)).keySet())));
        defUnknownOk("values", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown ? a.get(0) : Value.tuple(new ArrayList<>(obj(a.get(0)).values())));
        defUnknownOk("concat", 1, -1, (a, c) -> {
            List<Value> out = new ArrayList<>();
            for (Value v : a) {
                if (v instanceof Value.Unknown) {
                    return Value.unknown("concat of an unknown list");
                }
                out.addAll(seq(v));
            }
            return Value.tuple(out);
        });
        defUnknownOk("merge", 0, -1, (a, c) -> {
            Map<String, Value> out = new TreeMap<>();
            boolean allMaps = true;
            for (Value v : a) {
                if (v instanceof Value.Unknown) {
                    return Value.unknown("merge of an unknown value");
                }
                if (v.isNull()) {
                    continue;
                }
                if (v instanceof Value.Obj o && o.kind() == Value.MapKind.OBJECT) {
                    allMaps = false;
                }
                out.putAll(obj(v));
            }
            return allMaps && !a.isEmpty() ? Value.map(out) : Value.object(out);
        });
        defUnknownOk("lookup", 2, 3, (a, c) -> {
            if (a.get(0) instanceof Value.Unknown || a.get(1) instanceof Value.Unknown) {
                return Value.unknown("lookup in an unknown value");
            }
            Value v = obj(a.get(0)).get(str(a.get(1)));
            if (v != null) {
                return v;
            }
            if (a.size() == 3) {
                return a.get(2);
            }
            throw new FnError("the given key \"" + str(a.get(1)) + "\" does not exist and no default was given");
        });
        defUnknownOk("element", 2, 2, (a, c) -> {
            if (a.get(0) instanceof Value.Unknown || a.get(1) instanceof Value.Unknown) {
                return Value.unknown("element of an unknown list");
            }
            List<Value> l = seq(a.get(0));
            if (l.isEmpty()) {
                throw new FnError("cannot use element function with an empty list");
            }
            int i = integer(a.get(1));
            if (i < 0) {
                throw new FnError("index must not be negative");
            }
            return l.get(i % l.size());
        });
        defUnknownOk("one", 1, 1, (a, c) -> {
            if (a.get(0) instanceof Value.Unknown) {
                return a.get(0);
            }
            List<Value> l = seq(a.get(0));
            if (l.size() > 1) {
                throw new FnError("must be a list, set, or tuple value with either zero or one elements");
            }
            return l.isEmpty() ? Value.NULL : l.get(0);
        });
        defUnknownOk("coalesce", 1, -1, (a, c) -> {
            for (Value v : a) {
                if (v instanceof Value.Unknown) {
                    return Value.unknown("coalesce over an unknown value");
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
                    return Value.unknown("coalescelist over an unknown value");
                }
                if (!seq(v).isEmpty()) {
                    return v;
                }
            }
            return Value.tuple(List.of());
        });
        def("compact", 1, 1, (a, c) -> {
            List<Value> out = new ArrayList<>();
            for (Value v : seq(a.get(0))) {
                if (!v.isNull() && !str(v).isEmpty()) {
                    out.add(v);
                }
            }
            return Value.list(out);
        });
        def("contains", 2, 2, (a, c) -> Value.bool(seq(a.get(0)).contains(a.get(1))));
        def("distinct", 1, 1, (a, c) -> Value.list(new ArrayList<>(new java.util.LinkedHashSet<>(seq(a.get(0))))));
        def("flatten", 1, 1, (a, c) -> {
            List<Value> out = new ArrayList<>();
            flatten(seq(a.get(0)), out);
            return Value.tuple(out);
        });
        def("index", 2, 2, (a, c) -> {
            int i = seq(a.get(0)).indexOf(a.get(1));
            if (i < 0) {
                throw new FnError("item not found");
            }
            return Value.num(i);
        });
        def("reverse", 1, 1, (a, c) -> {
            List<Value> l = new ArrayList<>(seq(a.get(0)));
            Collections.reverse(l);
            return Value.tuple(l);
        });
        def("slice", 3, 3, (a, c) -> {
            List<Value> l = seq(a.get(0));
            int from = integer(a.get(1));
            int to = integer(a.get(2));
            if (from < 0 || to > l.size() || from > to) {
                throw new FnError("invalid slice indices " + from + " to " + to + " for " + l.size() + " elements");
            }
            return Value.tuple(l.subList(from, to));
        });
        def("sort", 1, 1, (a, c) -> {
            List<String> l = new ArrayList<>();
            seq(a.get(0)).forEach(v -> l.add(str(v)));
            Collections.sort(l);
            return strList(l);
        });
        def("sum", 1, 1, (a, c) -> {
            BigDecimal s = BigDecimal.ZERO;
            List<Value> l = seq(a.get(0));
            if (l.isEmpty()) {
                throw new FnError("cannot sum an empty list");
            }
            for (Value v : l) {
                s = s.add(num(v));
            }
            return Value.num(s);
        });
        def("alltrue", 1, 1, (a, c) -> Value.bool(seq(a.get(0)).stream().allMatch(v -> Convert.toBool(v))));
        def("anytrue", 1, 1, (a, c) -> Value.bool(seq(a.get(0)).stream().anyMatch(v -> Convert.toBool(v))));
        def("range", 1, 3, (a, c) -> {
            BigDecimal start = a.size() == 1 ? BigDecimal.ZERO : num(a.get(0));
            BigDecimal end = num(a.get(a.size() == 1 ? 0 : 1));
            BigDecimal step = a.size() == 3 ? num(a.get(2)) : start.compareTo(end) <= 0 ? BigDecimal.ONE : BigDecimal.ONE.negate();
            if (step.signum() == 0) {
                throw new FnError("step must not be zero");
            }
            List<Value> out = new ArrayList<>();
            for (BigDecimal x = start; step.signum() > 0 ? x.compareTo(end) < 0 : x.compareTo(end) > 0; x = x.add(step)) {
                out.add(Value.num(x));
                if (out.size() > 1024) {
                    throw new FnError("more than 1024 values requested");
                }
            }
            return Value.list(out);
        });
        def("chunklist", 2, 2, (a, c) -> {
            List<Value> l = seq(a.get(0));
            int size = integer(a.get(1));
            List<Value> out = new ArrayList<>();
            if (size <= 0) {
                out.add(Value.list(l));
                return Value.list(out);
            }
            for (int i = 0; i < l.size(); i += size) {
                out.add(Value.list(l.subList(i, Math.min(l.size(), i + size))));
            }
            return Value.list(out);
        });
        def("zipmap", 2, 2, (a, c) -> {
            List<Value> k = seq(a.get(0));
            List<Value> v = seq(a.get(1));
            if (k.size() != v.size()) {
                throw new FnError("number of keys (" + k.size() + ") does not match number of values (" + v.size() + ")");
            }
            Map<String, Value> out = new TreeMap<>();
            for (int i = 0; i < k.size(); i++) {
                out.put(str(k.get(i)), v.get(i));
            }
            return Value.object(out);
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
                if (search.contains(keys.get(i))) {
                    out.add(vals.get(i));
                }
            }
            return Value.list(out);
        });
        def("transpose", 1, 1, (a, c) -> {
            Map<String, List<Value>> out = new TreeMap<>();
            for (Map.Entry<String, Value> e : obj(a.get(0)).entrySet()) {
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
            return Value.set(out);
        });
        def("setintersection", 1, -1, (a, c) -> {
            List<Value> out = new ArrayList<>(seq(a.get(0)));
            for (Value v : a.subList(1, a.size())) {
                out.retainAll(seq(v));
            }
            return Value.set(out);
        });
        def("setsubtract", 2, 2, (a, c) -> {
            List<Value> out = new ArrayList<>(seq(a.get(0)));
            out.removeAll(seq(a.get(1)));
            return Value.set(out);
        });
        def("setproduct", 1, -1, (a, c) -> {
            List<List<Value>> acc = new ArrayList<>();
            acc.add(new ArrayList<>());
            for (Value v : a) {
                List<List<Value>> next = new ArrayList<>();
                for (List<Value> prefix : acc) {
                    for (Value x : seq(v)) {
                        List<Value> row = new ArrayList<>(prefix);
                        row.add(x);
                        next.add(row);
                    }
                }
                acc = next;
            }
            List<Value> out = new ArrayList<>();
            acc.forEach(r -> out.add(Value.tuple(r)));
            return Value.list(out);
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
            LoadSettings s = LoadSettings.builder().setMaxAliasesForCollections(50).setCodePointLimit(10 * 1024 * 1024).build();
            try {
                return fromJava(new Load(s).loadFromString(str(a.get(0))));
            } catch (RuntimeException e) {
                throw new FnError("invalid YAML: " + e.getMessage().replaceAll("\\s+", " "));
            }
        });
        def("yamlencode", 1, 1, (a, c) -> Value.str(jsonEncode(a.get(0)) + "\n"));
        def("base64encode", 1, 1, (a, c) -> Value.str(Base64.getEncoder().encodeToString(str(a.get(0)).getBytes(StandardCharsets.UTF_8))));
        def("base64decode", 1, 1, (a, c) -> {
            try {
                return Value.str(new String(Base64.getDecoder().decode(str(a.get(0))), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new FnError("invalid base64 data");
            }
        });
        def("urlencode", 1, 1, (a, c) -> Value.str(URLEncoder.encode(str(a.get(0)), StandardCharsets.UTF_8).replace("+", "%20")));
        def("csvdecode", 1, 1, (a, c) -> {
            List<String> lines = str(a.get(0)).lines().filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                return Value.list(List.of());
            }
            String[] header = lines.get(0).split(",", -1);
            List<Value> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                if (cells.length != header.length) {
                    throw new FnError("row has " + cells.length + " fields, header has " + header.length);
                }
                Map<String, Value> row = new TreeMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], Value.str(cells[i]));
                }
                rows.add(Value.object(row));
            }
            return Value.list(rows);
        });

        // --- hashes and ids
        def("md5", 1, 1, (a, c) -> Value.str(hash("MD5", str(a.get(0)).getBytes(StandardCharsets.UTF_8), false)));
        def("sha1", 1, 1, (a, c) -> Value.str(hash("SHA-1", str(a.get(0)).getBytes(StandardCharsets.UTF_8), false)));
        def("sha256", 1, 1, (a, c) -> Value.str(hash("SHA-256", str(a.get(0)).getBytes(StandardCharsets.UTF_8), false)));
        def("sha512", 1, 1, (a, c) -> Value.str(hash("SHA-512", str(a.get(0)).getBytes(StandardCharsets.UTF_8), false)));
        def("base64sha256", 1, 1, (a, c) -> Value.str(hash("SHA-256", str(a.get(0)).getBytes(StandardCharsets.UTF_8), true)));
        def("base64sha512", 1, 1, (a, c) -> Value.str(hash("SHA-512", str(a.get(0)).getBytes(StandardCharsets.UTF_8), true)));
        def("filemd5", 1, 1, (a, c) -> Value.str(hash("MD5", readFile(c, str(a.get(0))), false)));
        def("filesha256", 1, 1, (a, c) -> Value.str(hash("SHA-256", readFile(c, str(a.get(0))), false)));
        def("filebase64sha256", 1, 1, (a, c) -> Value.str(hash("SHA-256", readFile(c, str(a.get(0))), true)));
        def("uuidv5", 2, 2, (a, c) -> {
            String ns = switch (str(a.get(0))) {
                case "dns" -> "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
                case "url" -> "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
                case "oid" -> "6ba7b812-9dad-11d1-80b4-00c04fd430c8";
                case "x500" -> "6ba7b814-9dad-11d1-80b4-00c04fd430c8";
                default -> str(a.get(0));
            };
            return Value.str(uuid5(UUID.fromString(ns), str(a.get(1))).toString());
        });
        defUnknownOk("uuid", 0, 0, (a, c) -> Value.unknown("uuid() is random"));
        defUnknownOk("bcrypt", 1, 2, (a, c) -> Value.unknown("bcrypt() uses a random salt"));
        defUnknownOk("timestamp", 0, 0, (a, c) -> Value.unknown("timestamp() is the apply time"));
        defUnknownOk("plantimestamp", 0, 0, (a, c) -> Value.unknown("plantimestamp() is the plan time"));

        // --- time
        def("timeadd", 2, 2, (a, c) -> Value.str(TimeFns.add(str(a.get(0)), str(a.get(1)))));
        def("timecmp", 2, 2, (a, c) -> Value.num(Integer.signum(TimeFns.parse(str(a.get(0))).compareTo(TimeFns.parse(str(a.get(1)))))));
        def("formatdate", 2, 2, (a, c) -> Value.str(TimeFns.format(str(a.get(0)), str(a.get(1)))));

        // --- files
        def("file", 1, 1, (a, c) -> Value.str(readText(c, str(a.get(0)))));
        def("filebase64", 1, 1, (a, c) -> Value.str(Base64.getEncoder().encodeToString(readFile(c, str(a.get(0))))));
        def("fileexists", 1, 1, (a, c) -> Value.bool(Files.isRegularFile(confined(c, str(a.get(0))))));
        def("fileset", 2, 2, (a, c) -> {
            Path base = confined(c, str(a.get(0)));
            java.nio.file.PathMatcher m = base.getFileSystem().getPathMatcher("glob:" + str(a.get(1)));
            List<String> out = new ArrayList<>();
            if (Files.isDirectory(base)) {
                try (var s = Files.walk(base, 16)) {
                    s.filter(Files::isRegularFile).map(base::relativize).filter(m::matches).forEach(p -> out.add(p.toString().replace('\\', '/')));
                } catch (java.io.IOException e) {
                    throw new FnError("cannot list \"" + str(a.get(0)) + "\": " + e.getMessage());
                }
            }
            return Value.set(new ArrayList<>(strListValues(out)));
        });
        def("templatefile", 2, 2, (a, c) -> c.renderTemplate(confined(c, str(a.get(0))), a.get(1)));
        def("basename", 1, 1, (a, c) -> {
            String s = str(a.get(0));
            int i = s.replace('\\', '/').lastIndexOf('/');
            return Value.str(i < 0 ? s : s.substring(i + 1));
        });
        def("dirname", 1, 1, (a, c) -> {
            String s = str(a.get(0)).replace('\\', '/');
            int i = s.lastIndexOf('/');
            return Value.str(i < 0 ? "." : i == 0 ? "/" : s.substring(0, i));
        });
        def("abspath", 1, 1, (a, c) -> Value.str(Path.of(str(a.get(0))).toAbsolutePath().normalize().toString()));
        def("pathexpand", 1, 1, (a, c) -> Value.str(str(a.get(0))));

        // --- network
        def("cidrhost", 2, 2, (a, c) -> Value.str(Cidr.host(str(a.get(0)), num(a.get(1)).toBigIntegerExact())));
        def("cidrnetmask", 1, 1, (a, c) -> Value.str(Cidr.netmask(str(a.get(0)))));
        def("cidrsubnet", 3, 3, (a, c) -> Value.str(Cidr.subnet(str(a.get(0)), integer(a.get(1)), num(a.get(2)).toBigIntegerExact())));
        def("cidrsubnets", 1, -1, (a, c) -> {
            List<Integer> bits = new ArrayList<>();
            a.subList(1, a.size()).forEach(v -> bits.add(integer(v)));
            return strList(Cidr.subnets(str(a.get(0)), bits));
        });

        // --- types
        defUnknownOk("tostring", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown || a.get(0).isNull() ? a.get(0) : Value.str(str(a.get(0))));
        defUnknownOk("tonumber", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown || a.get(0).isNull() ? a.get(0) : Value.num(num(a.get(0))));
        defUnknownOk("tobool", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown || a.get(0).isNull() ? a.get(0)
                : Value.bool(Convert.toBool(a.get(0))));
        defUnknownOk("tolist", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown ? a.get(0) : Value.list(seq(a.get(0))));
        defUnknownOk("toset", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown ? a.get(0) : Value.set(seq(a.get(0))));
        defUnknownOk("tomap", 1, 1, (a, c) -> a.get(0) instanceof Value.Unknown ? a.get(0) : Value.map(obj(a.get(0))));
        defUnknownOk("sensitive", 1, 1, (a, c) -> a.get(0));
        defUnknownOk("nonsensitive", 1, 1, (a, c) -> a.get(0));
        defUnknownOk("issensitive", 1, 1, (a, c) -> Value.FALSE);
        defUnknownOk("ephemeralasnull", 1, 1, (a, c) -> a.get(0));
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

    /** Terraform regular expressions use RE2 syntax; translate named groups and compile. */
    static Pattern regex(String re) {
        try {
            return Pattern.compile(re.replace("(?P<", "(?<"));
        } catch (PatternSyntaxException e) {
            throw new FnError("invalid regular expression: " + e.getDescription());
        }
    }

    private static Value captures(Matcher m, String re) {
        List<String> names = new ArrayList<>();
        Matcher n = Pattern.compile("\\(\\?P?<([a-zA-Z][a-zA-Z0-9_]*)>").matcher(re);
        while (n.find()) {
            names.add(n.group(1));
        }
        if (!names.isEmpty()) {
            Map<String, Value> out = new LinkedHashMap<>();
            for (String name : names) {
                String g = m.group(name);
                out.put(name, g == null ? Value.NULL : Value.str(g));
            }
            return Value.object(out);
        }
        if (m.groupCount() == 0) {
            return Value.str(m.group());
        }
        List<Value> groups = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            groups.add(m.group(i) == null ? Value.NULL : Value.str(m.group(i)));
        }
        return Value.tuple(groups);
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

    /** RFC 3339 time helpers. */
    static final class TimeFns {
        private TimeFns() {}

        static ZonedDateTime parse(String s) {
            try {
                return ZonedDateTime.parse(s);
            } catch (DateTimeParseException e) {
                throw new FnError("not a valid RFC 3339 timestamp: \"" + s + "\"");
            }
        }

        static String add(String ts, String dur) {
            Matcher m = Pattern.compile("([-+]?[0-9.]+)(ns|us|µs|ms|s|m|h)").matcher(dur);
            double nanos = 0;
            int at = 0;
            while (m.find()) {
                if (m.start() != at) {
                    throw new FnError("invalid duration \"" + dur + "\"");
                }
                at = m.end();
                double n = Double.parseDouble(m.group(1));
                nanos += switch (m.group(2)) {
                    case "ns" -> n;
                    case "us", "µs" -> n * 1e3;
                    case "ms" -> n * 1e6;
                    case "s" -> n * 1e9;
                    case "m" -> n * 60e9;
                    default -> n * 3600e9;
                };
            }
            if (at != dur.length() || dur.isEmpty()) {
                throw new FnError("invalid duration \"" + dur + "\"");
            }
            Instant i = parse(ts).toInstant().plusNanos((long) nanos);
            return i.atZone(ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ISO_INSTANT);
        }

        static String format(String spec, String ts) {
            ZonedDateTime t = parse(ts);
            StringBuilder b = new StringBuilder();
            int i = 0;
            while (i < spec.length()) {
                char c = spec.charAt(i);
                if (c == '\'') {
                    int j = spec.indexOf('\'', i + 1);
                    if (j < 0) {
                        throw new FnError("unterminated literal in format");
                    }
                    b.append(spec, i + 1, j);
                    i = j + 1;
                    continue;
                }
                if (!Character.isLetter(c)) {
                    b.append(c);
                    i++;
                    continue;
                }
                int j = i;
                while (j < spec.length() && spec.charAt(j) == c) {
                    j++;
                }
                String tok = spec.substring(i, j);
                b.append(switch (tok) {
                    case "YYYY" -> String.format("%04d", t.getYear());
                    case "YY" -> String.format("%02d", t.getYear() % 100);
                    case "MM" -> String.format("%02d", t.getMonthValue());
                    case "M" -> String.valueOf(t.getMonthValue());
                    case "MMM" -> t.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
                    case "MMMM" -> t.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
                    case "DD" -> String.format("%02d", t.getDayOfMonth());
                    case "D" -> String.valueOf(t.getDayOfMonth());
                    case "EEE" -> t.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
                    case "EEEE" -> t.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
                    case "hh" -> String.format("%02d", t.getHour());
                    case "h" -> String.valueOf(t.getHour());
                    case "HH" -> String.format("%02d", t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
                    case "H" -> String.valueOf(t.getHour() % 12 == 0 ? 12 : t.getHour() % 12);
                    case "AA" -> t.getHour() < 12 ? "AM" : "PM";
                    case "aa" -> t.getHour() < 12 ? "am" : "pm";
                    case "mm" -> String.format("%02d", t.getMinute());
                    case "m" -> String.valueOf(t.getMinute());
                    case "ss" -> String.format("%02d", t.getSecond());
                    case "s" -> String.valueOf(t.getSecond());
                    case "ZZZZZ" -> t.getOffset().getTotalSeconds() == 0 ? "+00:00" : t.getOffset().getId();
                    case "ZZZZ" -> t.getOffset().getId().replace(":", "").replace("Z", "+0000");
                    case "ZZZ", "Z" -> t.getOffset().getTotalSeconds() == 0 ? "UTC" : t.getOffset().getId();
                    default -> throw new FnError("invalid date format verb \"" + tok + "\"");
                });
                i = j;
            }
            return b.toString();
        }
    }

    /** IPv4/IPv6 prefix arithmetic. */
    static final class Cidr {
        private Cidr() {}

        record Prefix(BigInteger base, int bits, int length) {}

        static Prefix parse(String cidr) {
            int slash = cidr.indexOf('/');
            if (slash < 0) {
                throw new FnError("invalid CIDR address \"" + cidr + "\"");
            }
            try {
                byte[] addr = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
                int len = Integer.parseInt(cidr.substring(slash + 1));
                int bits = addr.length * 8;
                if (len < 0 || len > bits || !cidr.substring(0, slash).matches("[0-9a-fA-F:.]+")) {
                    throw new FnError("invalid CIDR address \"" + cidr + "\"");
                }
                BigInteger ip = new BigInteger(1, addr);
                BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(len).not();
                return new Prefix(ip.and(mask).and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)), bits, len);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new FnError("invalid CIDR address \"" + cidr + "\"");
            }
        }

        static String addr(BigInteger v, int bits) {
            byte[] raw = v.toByteArray();
            byte[] out = new byte[bits / 8];
            int copy = Math.min(raw.length, out.length);
            System.arraycopy(raw, raw.length - copy, out, out.length - copy, copy);
            try {
                String s = InetAddress.getByAddress(out).getHostAddress();
                return bits == 128 ? compressV6(s) : s;
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String compressV6(String s) {
            String[] parts = s.split(":");
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    b.append(':');
                }
                b.append(Integer.toHexString(Integer.parseInt(parts[i], 16)));
            }
            String full = b.toString();
            Matcher m = Pattern.compile("(^|:)(0(:0)+)(:|$)").matcher(full);
            String best = null;
            int at = -1;
            while (m.find()) {
                if (best == null || m.group(2).length() > best.length()) {
                    best = m.group(2);
                    at = m.start(2);
                }
            }
            if (best == null) {
                return full;
            }
            return full.substring(0, at) + ":" + full.substring(at + best.length());
        }

        static String host(String cidr, BigInteger num) {
            Prefix p = parse(cidr);
            BigInteger size = BigInteger.ONE.shiftLeft(p.bits - p.length);
            BigInteger n = num.signum() < 0 ? size.add(num) : num;
            if (n.signum() < 0 || n.compareTo(size) >= 0) {
                throw new FnError("prefix of " + p.length + " bits has no host number " + num);
            }
            return addr(p.base.add(n), p.bits);
        }

        static String netmask(String cidr) {
            Prefix p = parse(cidr);
            if (p.bits != 32) {
                throw new FnError("netmask is only defined for IPv4 prefixes");
            }
            BigInteger mask = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE).shiftRight(p.length).not()
                    .and(BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE));
            return addr(mask, 32);
        }

        static String subnet(String cidr, int newbits, BigInteger num) {
            Prefix p = parse(cidr);
            int len = p.length + newbits;
            if (newbits < 0 || len > p.bits) {
                throw new FnError("insufficient address space to extend prefix of " + p.length + " by " + newbits);
            }
            if (num.signum() < 0 || num.compareTo(BigInteger.ONE.shiftLeft(newbits)) >= 0) {
                throw new FnError("prefix extension of " + newbits + " does not accommodate a subnet numbered " + num);
            }
            BigInteger base = p.base.add(num.shiftLeft(p.bits - len));
            return addr(base, p.bits) + "/" + len;
        }

        static List<String> subnets(String cidr, List<Integer> newbits) {
            Prefix p = parse(cidr);
            List<String> out = new ArrayList<>();
            BigInteger next = p.base;
            BigInteger end = p.base.add(BigInteger.ONE.shiftLeft(p.bits - p.length));
            for (int nb : newbits) {
                int len = p.length + nb;
                if (nb < 1 || len > p.bits) {
                    throw new FnError("invalid new bits " + nb + " for a /" + p.length + " prefix");
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
