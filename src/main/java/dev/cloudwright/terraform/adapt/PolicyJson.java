package dev.cloudwright.terraform.adapt;

import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.hcl.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Policy statements from JSON, as the AWS provider's types read a policy document (field names matched without regard to
 * case): from a JSON string, or from the value a {@code jsonencode} not known offline encodes ({@link Value.Encoded}),
 * whose unknown parts make the statements that hold them not known.
 */
final class PolicyJson {
    /** Stands for a part of an encoded value that is not known offline. */
    private static final Object UNKNOWN = new Object();

    private PolicyJson() {}

    /** Statements of a JSON document (one statement object or a list); false when it is not a policy document. */
    static boolean fromJson(String json, Range at, List<PolicyStatement> out) {
        Object doc;
        try {
            doc = dev.cloudwright.core.JsonParser.parsePlain(json);
        } catch (dev.cloudwright.core.JsonParser.JsonException e) {
            return false;
        }
        return statements(doc, Map.of(), at, out);
    }

    static boolean fromEncoded(Value.Encoded e, Range at, List<PolicyStatement> out) {
        return statements(plain(e.value()), e.at(), at, out);
    }

    private static boolean statements(Object doc, Map<String, Range> positions, Range at, List<PolicyStatement> out) {
        if (!(doc instanceof Map<?, ?> m)) {
            return false;
        }
        String key = field(m, "Statement");
        Object st = key == null ? null : m.get(key);
        List<?> list = st instanceof List<?> l ? l : st instanceof Map<?, ?> ? List.of(st) : null;
        if (list == null) {
            return false;
        }
        for (int i = 0; i < list.size(); i++) {
            Range where = positions.getOrDefault("." + key + (st instanceof List<?> ? "[" + i + "]" : ""), positions.getOrDefault("." + key, at));
            PolicyStatements.add(out, json(list.get(i), where));
        }
        return true;
    }

    private static PolicyStatement json(Object o, Range at) {
        if (!(o instanceof Map<?, ?> m)) {
            return new PolicyStatement("", "", List.of(), false, Map.of(), false, false, at);
        }
        boolean known = get(m, "Condition") != UNKNOWN && get(m, "NotPrincipal") == null && get(m, "NotAction") == null;
        for (String f : new String[] {"Sid", "Effect", "Action", "Principal"}) {
            known &= !contains(get(m, f), UNKNOWN);
        }
        boolean conditionsKnown = known && !contains(get(m, "Condition"), UNKNOWN);
        Object principal = get(m, "Principal");
        boolean any = "*".equals(principal) || principal instanceof Map<?, ?> p && p.size() == 1 && (List.of("*").equals(list(get(p, "AWS")))
                || List.of("*").equals(list(get(p, "*"))));
        Map<String, Map<String, List<String>>> conditions = new LinkedHashMap<>();
        if (get(m, "Condition") instanceof Map<?, ?> c) {
            for (Map.Entry<?, ?> t : c.entrySet()) {
                Map<String, List<String>> byVar = conditions.computeIfAbsent(String.valueOf(t.getKey()), k -> new LinkedHashMap<>());
                if (conditionsKnown && t.getValue() instanceof Map<?, ?> vars) {
                    vars.forEach((k, v) -> byVar.put(String.valueOf(k), list(v)));
                }
            }
        }
        Object effect = get(m, "Effect");
        return new PolicyStatement(known && get(m, "Sid") instanceof String s ? s : "", effect instanceof String e ? e : "", list(get(m, "Action")), any,
                conditions, known, conditionsKnown, at, list(get(m, "Resource")).stream().filter(r -> !r.equals(String.valueOf(UNKNOWN))).toList());
    }

    /** A value as plain Java values (as the JSON parser gives them), its unknown parts as {@link #UNKNOWN}. */
    static Object plain(Value v) {
        if (v instanceof Value.Unknown) {
            return UNKNOWN;
        }
        if (v instanceof Value.Str s) {
            return s.value();
        }
        if (v instanceof Value.Bool b) {
            return String.valueOf(b.value());
        }
        if (v instanceof Value.Num n) {
            return n.value().toPlainString();
        }
        if (v instanceof Value.Seq s) {
            List<Object> out = new ArrayList<>();
            s.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        if (v instanceof Value.Obj o) {
            Map<String, Object> out = new LinkedHashMap<>();
            o.attrs().forEach((k, x) -> out.put(k, plain(x)));
            return out;
        }
        return null;
    }

    /** A field of a JSON object, matched without regard to case as the provider's types match them. */
    private static Object get(Map<?, ?> m, String name) {
        String k = field(m, name);
        return k == null ? null : m.get(k);
    }

    private static String field(Map<?, ?> m, String name) {
        for (Object k : m.keySet()) {
            if (k instanceof String s && s.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }

    private static boolean contains(Object o, Object marker) {
        if (o == marker) {
            return true;
        }
        if (o instanceof List<?> l) {
            return l.stream().anyMatch(x -> contains(x, marker));
        }
        if (o instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(x -> contains(x, marker));
        }
        return false;
    }

    /** A string or list of strings (booleans as written in JSON) as a list. */
    private static List<String> list(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        } else if (o != null) {
            out.add(String.valueOf(o));
        }
        return out;
    }
}
