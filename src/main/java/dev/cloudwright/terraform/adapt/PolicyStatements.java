package dev.cloudwright.terraform.adapt;

import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements of an IAM policy argument (a bucket policy), read as far as the configuration states them: a JSON string
 * known offline; a {@code jsonencode} of statements whose resources are known only after apply (the encoded value, see
 * {@link Value.Encoded}); or an {@code aws_iam_policy_document} whose {@code json} is not known offline: its statement
 * blocks and the documents it merges ({@code source_policy_documents}, {@code override_policy_documents}), followed by
 * reference. What a statement allows or denies is decided by its effect, actions, principals and conditions, whatever its
 * resources (those of a bucket policy can only be the bucket's own), so those are what must be known ({@link PolicyStatement}).
 */
final class PolicyStatements {
    private static final String DOCUMENT = "aws_iam_policy_document";

    /** The statements read; {@code unknown} says why the policy may hold statements not read (null: all of them are). */
    record Reading(List<PolicyStatement> statements, String unknown) {

        /** Why the policy may hold a statement that decides {@code question} but is not read or not known offline; null when none. */
        String undecided(java.util.function.Predicate<PolicyStatement> question) {
            if (unknown != null) {
                return unknown;
            }
            for (PolicyStatement s : statements) {
                if (question.test(s)) {
                    return "a statement of the policy (" + Fact.position(s.at()) + ") depends on values not known offline";
                }
            }
            return null;
        }
    }

    private PolicyStatements() {}

    static Reading read(EvaluatedBody.Attr a, Index index) {
        List<PolicyStatement> out = new ArrayList<>();
        Value v = a.value();
        List<Res> documents = index.all(a.references());
        if (v instanceof Value.Str && documents.size() == 1 && documents.get(0).type().equals(DOCUMENT)) {
            // The json of one policy document known offline: its statement blocks say the same, and where each is written.
            String[] unknown = {null};
            document(documents.get(0), out, new HashSet<>(), unknown);
            if (unknown[0] == null) {
                return new Reading(out, null);
            }
            out.clear();
        }
        if (v instanceof Value.Str s) {
            return new Reading(out, PolicyJson.fromJson(s.value(), a.range(), out) ? null : "the policy is not a JSON policy document");
        }
        if (v instanceof Value.Unknown u && u.encoded() != null) {
            String why = PolicyJson.fromEncoded(u.encoded(), a.range(), out) ? null : "the statements are encoded from values not known offline: " + u.reason();
            return new Reading(out, why);
        }
        List<Res> refs = index.all(a.references());
        String reason = v.isWhollyKnown() ? "the policy is not a JSON string" : v.firstUnknown().reason();
        // The json of one policy document; a policy chosen among documents, or built from more than one, is not read.
        if (refs.size() != 1 || !refs.get(0).type().equals(DOCUMENT)) {
            return new Reading(out, reason);
        }
        String[] unknown = {null};
        document(refs.get(0), out, new HashSet<>(), unknown);
        return new Reading(out, unknown[0]);
    }

    /** A policy document data source: the documents it merges, its statements, then its overrides, a Sid replacing the earlier one. */
    private static void document(Res doc, List<PolicyStatement> out, Set<String> seen, String[] unknown) {
        if (!seen.add(doc.address())) {
            return;
        }
        merged(doc, "source_policy_documents", out, seen, unknown);
        for (EvaluatedBody.Block b : doc.blocks("statement")) {
            if (b.representative()) {
                unknown[0] = "the statements of " + doc.address() + " are generated from values not known offline";
                continue;
            }
            add(out, block(b));
        }
        int before = out.size();
        if (!merged(doc, "override_policy_documents", out, seen, unknown)) {
            // An override not known offline may replace any earlier statement with a Sid.
            for (int i = 0; i < before; i++) {
                PolicyStatement s = out.get(i);
                if (!s.sid().isEmpty()) {
                    out.set(i, s.unknown());
                }
            }
        }
    }

    /** The documents of a list argument: JSON strings known offline, else the documents it refers to; false when not all are read. */
    private static boolean merged(Res doc, String arg, List<PolicyStatement> out, Set<String> seen, String[] unknown) {
        EvaluatedBody.Attr a = doc.attr(arg);
        if (a == null || a.value().isNull()) {
            return true;
        }
        List<Res> refs = doc.refs(arg);
        boolean all = a.value() instanceof Value.Seq;
        if (a.value() instanceof Value.Seq seq) {
            // Each document not known offline is the json of a document it names: read those when they match one for one.
            int unknownItems = 0;
            for (Value item : seq.items()) {
                if (!item.isWhollyKnown()) {
                    unknownItems++;
                } else {
                    all &= item.isNull() || item instanceof Value.Str s && PolicyJson.fromJson(s.value(), a.range(), out);
                }
            }
            all &= unknownItems == refs.size() && refs.stream().allMatch(r -> r.type().equals(DOCUMENT));
        }
        if (!all) {
            unknown[0] = "the documents " + doc.address() + " merges (" + arg + ") are not known offline";
        }
        for (Res r : refs) {
            if (r.type().equals(DOCUMENT)) {
                document(r, out, seen, unknown);
            }
        }
        return all;
    }

    /** A later statement with the same Sid replaces the earlier one, as the provider merges documents. */
    static void add(List<PolicyStatement> out, PolicyStatement s) {
        for (int i = 0; !s.sid().isEmpty() && i < out.size(); i++) {
            if (out.get(i).sid().equals(s.sid())) {
                out.set(i, s);
                return;
            }
        }
        out.add(s);
    }

    private static PolicyStatement block(EvaluatedBody.Block b) {
        EvaluatedBody s = b.body();
        boolean known = true;
        for (String arg : new String[] {"sid", "effect", "actions", "not_actions"}) {
            known &= known(s, arg);
        }
        boolean any = false;
        for (EvaluatedBody.Block p : s.blocks("principals")) {
            known &= !p.representative() && known(p.body(), "type") && known(p.body(), "identifiers");
            any |= "*".equals(text(p.body(), "type")) && strings(p.body(), "identifiers").contains("*")
                    || "AWS".equals(text(p.body(), "type")) && strings(p.body(), "identifiers").equals(List.of("*"));
        }
        known &= s.blocks("not_principals").isEmpty();
        boolean conditionsKnown = true;
        Map<String, Map<String, List<String>>> conditions = new LinkedHashMap<>();
        for (EvaluatedBody.Block c : s.blocks("condition")) {
            known &= !c.representative();
            for (String arg : new String[] {"test", "variable", "values"}) {
                conditionsKnown &= known(c.body(), arg);
            }
            if (conditionsKnown && text(c.body(), "test") != null && text(c.body(), "variable") != null) {
                conditions.computeIfAbsent(text(c.body(), "test"), k -> new LinkedHashMap<>()).put(text(c.body(), "variable"), strings(c.body(), "values"));
            } else {
                conditions.computeIfAbsent("?", k -> new LinkedHashMap<>());
            }
        }
        String effect = text(s, "effect");
        return new PolicyStatement(known ? orEmpty(text(s, "sid")) : "", effect == null ? "Allow" : effect, strings(s, "actions"), any, conditions, known,
                known && conditionsKnown, b.range(), strings(s, "resources"));
    }

    private static String text(EvaluatedBody b, String arg) {
        EvaluatedBody.Attr a = b.attribute(arg);
        return a != null && a.value() instanceof Value.Str s ? s.value() : null;
    }

    private static List<String> strings(EvaluatedBody b, String arg) {
        EvaluatedBody.Attr a = b.attribute(arg);
        List<String> out = new ArrayList<>();
        if (a != null && a.value() instanceof Value.Seq s) {
            for (Value i : s.items()) {
                if (i instanceof Value.Str x) {
                    out.add(x.value());
                }
            }
        } else if (a != null && a.value() instanceof Value.Str x) {
            out.add(x.value());
        }
        return out;
    }

    /** Whether an argument is known offline (an argument not written is). */
    private static boolean known(EvaluatedBody b, String arg) {
        return b.attribute(arg) == null || b.attribute(arg).value().isWhollyKnown();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
