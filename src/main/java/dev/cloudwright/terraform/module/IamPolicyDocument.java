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
 * Any unknown part makes the whole document Unknown. Merging of source or override documents is not
 * done offline (the result is then Unknown).
 */
final class IamPolicyDocument {

    private IamPolicyDocument() {}

    static Value render(EvaluatedBody body) {
        for (String merged : new String[] {"source_policy_documents", "override_policy_documents", "source_json", "override_json"}) {
            EvaluatedBody.Attr a = body.attribute(merged);
            if (a != null && !a.value().isNull() && !(a.value() instanceof Value.Seq s && s.items().isEmpty())) {
                return Value.unknown("the policy document merges other documents (" + merged + ")");
            }
        }
        try {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("Version", text(body, "version", "2012-10-17"));
            String id = text(body, "policy_id", null);
            if (id != null) {
                doc.put("Id", id);
            }
            List<Object> statements = new ArrayList<>();
            for (EvaluatedBody.Block b : body.blocks("statement")) {
                if (b.representative()) {
                    return Value.unknown("the statements are generated from values not known offline");
                }
                statements.add(statement(b.body()));
            }
            doc.put("Statement", statements);
            StringBuilder sb = new StringBuilder();
            write(sb, doc, 0);
            return Value.str(sb.toString());
        } catch (NotKnown e) {
            return Value.unknown("the policy document uses a value not known offline");
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
