package dev.cloudwright.terraform.module;

import dev.cloudwright.terraform.eval.Convert;
import dev.cloudwright.terraform.eval.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Renders the {@code json} of an {@code aws_iam_policy_document} data source from its statements, as
 * the AWS provider does without calling AWS: so IAM reviews see the real policy instead of an Unknown.
 * Any unknown part makes the whole document Unknown. {@code source_policy_documents} and
 * {@code override_policy_documents} are merged as the provider merges them: the source documents in order
 * (a Sid may appear only once among them), then the document's own statements, then each override
 * document, a statement with a Sid replacing the earlier one with that Sid and one without being appended.
 * The deprecated {@code source_json} and {@code override_json} must be empty in provider 6; set, the result
 * is Unknown.
 */
final class IamPolicyDocument {

    private IamPolicyDocument() {}

    static Value render(EvaluatedBody body) {
        for (String merged : new String[] {"source_json", "override_json"}) {
            EvaluatedBody.Attr a = body.attribute(merged);
            if (a != null && !a.value().isNull() && !(a.value() instanceof Value.Str s && s.value().isEmpty())) {
                return Value.unknown("the policy document merges other documents (" + merged + ")");
            }
        }
        try {
            Doc doc = new Doc("", null, new ArrayList<>());
            List<String> sources = documents(body, "source_policy_documents");
            java.util.Set<String> sids = new java.util.HashSet<>();
            for (int i = 0; i < sources.size(); i++) {
                if (sources.get(i) == null) {
                    continue;
                }
                Doc source = parse(sources.get(i), "merging source document " + i);
                for (int j = 0; j < source.statements().size(); j++) {
                    String sid = sid(source.statements().get(j));
                    if (!sid.isEmpty() && !sids.add(sid)) {
                        return rejected("merging source document " + i + ": duplicate Sid (" + sid + ") in source_policy_documents (statement " + j
                                + "). Remove the Sid or ensure Sids are unique.");
                    }
                }
                doc = doc.merge(source);
            }
            List<Map<String, Object>> own = new ArrayList<>();
            for (EvaluatedBody.Block b : body.blocks("statement")) {
                if (b.representative()) {
                    return Value.unknown("the statements are generated from values not known offline");
                }
                own.add(statement(b.body()));
            }
            doc = doc.merge(new Doc(text(body, "version", "2012-10-17"), text(body, "policy_id", null), own));
            List<String> overrides = documents(body, "override_policy_documents");
            for (int i = 0; i < overrides.size(); i++) {
                if (overrides.get(i) != null) {
                    doc = doc.merge(parse(overrides.get(i), "merging override document " + i));
                }
            }
            Map<String, Object> out = new LinkedHashMap<>();
            if (!doc.version().isEmpty()) {
                out.put("Version", doc.version());
            }
            if (doc.id() != null && !doc.id().isEmpty()) {
                out.put("Id", doc.id());
            }
            out.put("Statement", new ArrayList<Object>(doc.statements()));
            StringBuilder sb = new StringBuilder();
            write(sb, out, 0);
            return Value.str(sb.toString());
        } catch (NotKnown e) {
            return Value.unknown("the policy document uses a value not known offline");
        } catch (Rejected e) {
            return rejected(e.getMessage());
        }
    }

    /** A policy document: version, id and statements (each in the provider's JSON form). */
    private record Doc(String version, String id, List<Map<String, Object>> statements) {
        Doc {
            version = version == null ? "" : version;
            statements = new ArrayList<>(statements);
        }

        /** The provider's merge: the later id, the higher version; a statement with a Sid replaces the one with that Sid. */
        Doc merge(Doc next) {
            Doc merged = new Doc(next.version().compareTo(version) > 0 ? next.version() : version,
                    next.id() != null && !next.id().isEmpty() ? next.id() : id, statements);
            return merged.statementsFrom(next);
        }

        private Doc statementsFrom(Doc next) {
            for (Map<String, Object> st : next.statements()) {
                String sid = sid(st);
                int at = -1;
                for (int i = 0; !sid.isEmpty() && i < statements.size(); i++) {
                    if (sid(statements.get(i)).equals(sid)) {
                        at = i;
                        break;
                    }
                }
                if (at >= 0) {
                    statements.set(at, st);
                } else {
                    statements.add(st);
                }
            }
            return this;
        }
    }

    private static Map<String, Object> statement(EvaluatedBody s) {
        Map<String, Object> out = new LinkedHashMap<>();
        String sid = text(s, "sid", null);
        if (sid != null && !sid.isEmpty()) {
            out.put("Sid", sid);
        }
        out.put("Effect", text(s, "effect", "Allow"));
        putList(out, "Action", s, "actions");
        putList(out, "NotAction", s, "not_actions");
        putList(out, "Resource", s, "resources");
        putList(out, "NotResource", s, "not_resources");
        principals(out, "Principal", s.blocks("principals"));
        principals(out, "NotPrincipal", s.blocks("not_principals"));
        Map<String, Object> cond = new java.util.TreeMap<>();
        for (EvaluatedBody.Block c : s.blocks("condition")) {
            String test = text(c.body(), "test", null);
            String variable = text(c.body(), "variable", null);
            if (test == null || variable == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> byVar = (Map<String, Object>) cond.computeIfAbsent(test, k -> new java.util.TreeMap<>());
            List<String> values = strings(c.body(), "values");
            byVar.put(variable, values.size() == 1 ? values.get(0) : values);
        }
        if (!cond.isEmpty()) {
            out.put("Condition", cond);
        }
        return out;
    }

    private static void principals(Map<String, Object> out, String key, List<EvaluatedBody.Block> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        Map<String, List<String>> byType = new java.util.TreeMap<>();
        for (EvaluatedBody.Block p : blocks) {
            String type = text(p.body(), "type", null);
            if (type == null) {
                continue;
            }
            byType.computeIfAbsent(type, k -> new ArrayList<>()).addAll(strings(p.body(), "identifiers"));
        }
        if (byType.size() == 1 && byType.containsKey("*") && byType.get("*").equals(List.of("*"))) {
            out.put(key, "*");
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : byType.entrySet()) {
            List<String> ids = sortedDescending(e.getValue());
            m.put(e.getKey(), ids.size() == 1 ? ids.get(0) : ids);
        }
        out.put(key, m);
    }

    private static void putList(Map<String, Object> out, String key, EvaluatedBody s, String attr) {
        if (s.attribute(attr) == null || s.attribute(attr).value().isNull()) {
            return;
        }
        List<String> v = sortedDescending(strings(s, attr));
        if (!v.isEmpty()) {
            out.put(key, v.size() == 1 ? v.get(0) : v);
        }
    }

    /** The provider lists set elements in descending order. */
    private static List<String> sortedDescending(List<String> in) {
        List<String> out = new ArrayList<>(new LinkedHashSet<>(in));
        out.sort(Comparator.reverseOrder());
        return out;
    }

    private static String sid(Map<String, Object> statement) {
        return statement.get("Sid") instanceof String s ? s : "";
    }

    private static Value rejected(String why) {
        return Value.unknown("the AWS provider rejects the policy document: " + why);
    }

    /** The documents of a list argument, null items kept as null (the provider skips them). */
    private static List<String> documents(EvaluatedBody b, String attr) {
        EvaluatedBody.Attr a = b.attribute(attr);
        if (a == null || a.value().isNull()) {
            return List.of();
        }
        if (!a.value().isWhollyKnown() || !(a.value() instanceof Value.Seq seq)) {
            throw new NotKnown();
        }
        List<String> out = new ArrayList<>();
        for (Value v : seq.items()) {
            try {
                out.add(v.isNull() ? null : Convert.toStringValue(v));
            } catch (Convert.ConversionError e) {
                throw new NotKnown();
            }
        }
        return out;
    }

    /**
     * A JSON policy document read as the provider's Go types read it: field names matched without regard to case,
     * unknown fields dropped, actions and resources kept as written, principals and conditions normalised.
     */
    private static Doc parse(String json, String what) {
        Object parsed;
        try {
            parsed = dev.cloudwright.core.JsonParser.parsePlain(json);
        } catch (dev.cloudwright.core.JsonParser.JsonException e) {
            throw new Rejected(what + ": " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> m)) {
            throw new Rejected(what + ": the document is not a JSON object");
        }
        String version = "";
        String id = null;
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = ((String) e.getKey()).toLowerCase(java.util.Locale.ROOT);
            Object v = e.getValue();
            switch (key) {
                case "version" -> version = string(v, what, "Version");
                case "id" -> id = string(v, what, "Id");
                case "statement" -> {
                    if (v == null) {
                        statements = new ArrayList<>();
                    } else if (v instanceof List<?> l) {
                        statements = new ArrayList<>();
                        for (Object st : l) {
                            if (!(st instanceof Map<?, ?> sm)) {
                                throw new Rejected(what + ": a statement is not a JSON object");
                            }
                            statements.add(jsonStatement(sm, what));
                        }
                    } else {
                        throw new Rejected(what + ": Statement is not a list");
                    }
                }
                default -> {
                }
            }
        }
        return new Doc(version, id, statements);
    }

    private static String string(Object v, String what, String field) {
        if (v == null) {
            return "";
        }
        if (!(v instanceof String s)) {
            throw new Rejected(what + ": " + field + " is not a string");
        }
        return s;
    }

    private static Map<String, Object> jsonStatement(Map<?, ?> st, String what) {
        Map<String, Object> byField = new java.util.HashMap<>();
        for (Map.Entry<?, ?> e : st.entrySet()) {
            byField.put(((String) e.getKey()).toLowerCase(java.util.Locale.ROOT), e.getValue());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        String sid = string(byField.get("sid"), what, "Sid");
        if (!sid.isEmpty()) {
            out.put("Sid", sid);
        }
        String effect = string(byField.get("effect"), what, "Effect");
        if (!effect.isEmpty()) {
            out.put("Effect", effect);
        }
        for (String[] f : new String[][] {{"action", "Action"}, {"notaction", "NotAction"}, {"resource", "Resource"}, {"notresource", "NotResource"}}) {
            if (byField.get(f[0]) != null) {
                out.put(f[1], byField.get(f[0]));
            }
        }
        for (String[] f : new String[][] {{"principal", "Principal"}, {"notprincipal", "NotPrincipal"}}) {
            Object p = jsonPrincipals(byField.get(f[0]), what);
            if (p != null) {
                out.put(f[1], p);
            }
        }
        Object c = jsonConditions(byField.get("condition"), what);
        if (c != null) {
            out.put("Condition", c);
        }
        return out;
    }

    /** "*" for a string; a map by principal type, a list of identifiers in descending order; null for none. */
    private static Object jsonPrincipals(Object v, String what) {
        if (v == null) {
            return null;
        }
        if (v instanceof String) {
            return "*";
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new Rejected(what + ": unsupported principal");
        }
        if (m.isEmpty()) {
            return null;
        }
        Map<String, Object> out = new java.util.TreeMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (e.getValue() instanceof String s) {
                out.put((String) e.getKey(), s);
            } else if (e.getValue() instanceof List<?> l) {
                List<String> ids = new ArrayList<>();
                for (Object x : l) {
                    if (!(x instanceof String s)) {
                        throw new Rejected(what + ": a principal identifier is not a string");
                    }
                    ids.add(s);
                }
                ids.sort(Comparator.reverseOrder());
                out.put((String) e.getKey(), ids);
            } else {
                throw new Rejected(what + ": unsupported principal identifiers");
            }
        }
        if (out.size() == 1 && out.containsKey("*") && (out.get("*").equals("*") || out.get("*").equals(List.of("*")))) {
            return "*";
        }
        return out;
    }

    /** Conditions by test and variable, each a list of strings or the string when there is one; other values dropped. */
    private static Object jsonConditions(Object v, String what) {
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new Rejected(what + ": Condition is not an object");
        }
        Map<String, Object> out = new java.util.TreeMap<>();
        for (Map.Entry<?, ?> t : m.entrySet()) {
            if (t.getValue() == null) {
                continue;
            }
            if (!(t.getValue() instanceof Map<?, ?> vars)) {
                throw new Rejected(what + ": a condition is not an object");
            }
            Map<String, Object> byVar = new java.util.TreeMap<>();
            for (Map.Entry<?, ?> e : vars.entrySet()) {
                List<String> values = new ArrayList<>();
                if (e.getValue() instanceof String s) {
                    values.add(s);
                } else if (e.getValue() instanceof Boolean b) {
                    values.add(String.valueOf(b));
                } else if (e.getValue() instanceof List<?> l) {
                    for (Object x : l) {
                        if (!(x instanceof String s)) {
                            throw new Rejected(what + ": a condition value is not a string");
                        }
                        values.add(s);
                    }
                } else {
                    continue;
                }
                byVar.put((String) e.getKey(), values.size() == 1 ? values.get(0) : values);
            }
            out.put((String) t.getKey(), byVar);
        }
        return out.isEmpty() ? null : out;
    }

    /** The provider would fail reading the data source. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message, null, false, false);
        }
    }

    private static final class NotKnown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotKnown() {
            super(null, null, false, false);
        }
    }

    private static String text(EvaluatedBody b, String attr, String dflt) {
        EvaluatedBody.Attr a = b.attribute(attr);
        if (a == null || a.value().isNull()) {
            return dflt;
        }
        if (!a.value().isWhollyKnown()) {
            throw new NotKnown();
        }
        try {
            return Convert.toStringValue(a.value());
        } catch (Convert.ConversionError e) {
            throw new NotKnown();
        }
    }

    private static List<String> strings(EvaluatedBody b, String attr) {
        EvaluatedBody.Attr a = b.attribute(attr);
        if (a == null || a.value().isNull()) {
            return List.of();
        }
        if (!a.value().isWhollyKnown()) {
            throw new NotKnown();
        }
        List<String> out = new ArrayList<>();
        if (a.value() instanceof Value.Seq s) {
            for (Value v : s.items()) {
                try {
                    out.add(Convert.toStringValue(v));
                } catch (Convert.ConversionError e) {
                    throw new NotKnown();
                }
            }
            return out;
        }
        try {
            out.add(Convert.toStringValue(a.value()));
        } catch (Convert.ConversionError e) {
            throw new NotKnown();
        }
        return out;
    }

    private static void write(StringBuilder sb, Object v, int indent) {
        if (v instanceof String s) {
            quote(sb, s);
        } else if (v == null) {
            sb.append("null");
        } else if (v instanceof java.math.BigDecimal n) {
            sb.append(n.toPlainString());
        } else if (v instanceof Boolean b) {
            sb.append(b);
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                sb.append(i == 0 ? "\n" : ",\n").append("  ".repeat(indent + 1));
                write(sb, l.get(i), indent + 1);
            }
            sb.append(l.isEmpty() ? "" : "\n" + "  ".repeat(indent)).append(']');
        } else {
            Map<?, ?> m = (Map<?, ?>) v;
            sb.append('{');
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(i++ == 0 ? "\n" : ",\n").append("  ".repeat(indent + 1));
                quote(sb, (String) e.getKey());
                sb.append(": ");
                write(sb, e.getValue(), indent + 1);
            }
            sb.append(m.isEmpty() ? "" : "\n" + "  ".repeat(indent)).append('}');
        }
    }

    private static void quote(StringBuilder sb, String s) {
        dev.cloudwright.terraform.hcl.Hcl2Json.quote(sb, s);
    }

    /** The document without insignificant whitespace. */
    static String minify(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\') {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
