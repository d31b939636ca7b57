package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Lifecycle;
import dev.cloudwright.model.StorageTier;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * S3 lifecycle rules, from {@code aws_s3_bucket_lifecycle_configuration} or the older inline
 * {@code lifecycle_rule} blocks. Every rule is described in words ({@link Keys#LIFECYCLE_RULES});
 * the enabled rules that apply to the whole bucket (no prefix, tag or size filter) make the typed
 * {@link Keys#LIFECYCLE}: AWS applies all of them, the earliest action winning.
 */
final class S3Lifecycle {
    private S3Lifecycle() {}

    /** What the whole-bucket rules add up to, or why that is not known offline. */
    private static final class Merge {
        final Map<StorageTier, Integer> transitions = new EnumMap<>(StorageTier.class);
        Integer expire;
        Integer noncurrent;
        Integer abort;
        String unknown;
        Range unknownAt;

        void unknown(String reason, Range at) {
            if (unknown == null) {
                unknown = reason;
                unknownAt = at;
            }
        }

        static Integer min(Integer a, Integer b) {
            return a == null ? b : b == null ? a : Math.min(a, b);
        }

        boolean empty() {
            return transitions.isEmpty() && expire == null && noncurrent == null && abort == null;
        }

        Lifecycle lifecycle() {
            List<Lifecycle.Transition> ts = new ArrayList<>();
            transitions.forEach((tier, days) -> ts.add(new Lifecycle.Transition(tier, days)));
            ts.sort(Comparator.comparingInt(Lifecycle.Transition::days).thenComparing(Lifecycle.Transition::tier));
            return new Lifecycle(ts, expire, noncurrent, abort);
        }
    }

    /** Reads {@code rules} (of the lifecycle configuration {@code owner}, or the bucket's inline rules) into {@code d}. */
    static void read(Res owner, List<EvaluatedBody.Block> rules, Draft d) {
        if (rules.isEmpty()) {
            return;
        }
        boolean inline = owner.type().equals("aws_s3_bucket");
        var at = inline ? rules.get(0).range() : owner.range();
        List<String> described = new ArrayList<>();
        Merge m = new Merge();
        for (EvaluatedBody.Block r : rules) {
            if (r.representative()) {
                m.unknown("the lifecycle rules are generated from values not known offline", r.range());
                described.add("rules not known offline");
                continue;
            }
            Fact<Boolean> enabled = inline ? Res.bool(r.body(), "enabled")
                    : ProviderNames.S3_LIFECYCLE_RULE_STATUS.read(Res.str(r.body(), "status"), "status");
            described.add(describe(r.body(), inline, enabled));
            if (enabled.isUnknown()) {
                m.unknown(enabled.reason(), enabled.at());
            } else if (Fact.isTrue(enabled)) {
                String scope = wholeBucket(r.body(), inline);
                if (scope == null) {
                    add(r.body(), inline, m);
                } else if (scope.startsWith("?")) {
                    m.unknown(scope.substring(1), r.range());
                }
            }
        }
        d.set(Keys.LIFECYCLE_RULES, String.join("; ", described), at);
        if (m.unknown != null) {
            d.unknown(Keys.LIFECYCLE, m.unknown, m.unknownAt == null ? at : m.unknownAt);
        } else if (!m.empty()) {
            d.set(Keys.LIFECYCLE, m.lifecycle(), at);
        }
    }

    /** Null when the rule applies to every object; "?reason" when that is not known; else what limits it. */
    private static String wholeBucket(EvaluatedBody rule, boolean inline) {
        Fact<String> prefix = Res.str(rule, "prefix");
        if (prefix.isUnknown()) {
            return "?" + prefix.reason();
        }
        if (prefix.known() && !prefix.value().isEmpty()) {
            return "prefix";
        }
        if (inline) {
            EvaluatedBody.Attr tags = rule.attribute("tags");
            if (tags == null || tags.value().isNull() || tags.value() instanceof Value.Obj o && o.attrs().isEmpty()) {
                return null;
            }
            return tags.value().isWhollyKnown() ? "tags" : "?" + tags.value().firstUnknown().reason();
        }
        for (EvaluatedBody.Block f : rule.blocks("filter")) {
            for (EvaluatedBody.Attr a : f.body().attributes().values()) {
                if (!a.value().isWhollyKnown()) {
                    return "?" + a.value().firstUnknown().reason();
                }
                if (!(a.value() instanceof Value.Str s && s.value().isEmpty()) && !a.value().isNull()) {
                    return a.name();
                }
            }
            if (!f.body().blocks().isEmpty()) {
                return "filter";
            }
        }
        return null;
    }

    private static void add(EvaluatedBody rule, boolean inline, Merge m) {
        for (EvaluatedBody.Block t : rule.blocks("transition")) {
            Fact<Integer> days = Res.integer(t.body(), "days");
            Fact<String> cls = Res.str(t.body(), "storage_class");
            Fact<StorageTier> tier = ProviderNames.S3_STORAGE_CLASS.read(cls, "storage_class");
            if (days.isUnknown() || tier.isUnknown()) {
                m.unknown(days.isUnknown() ? days.reason() : tier.reason(), days.isUnknown() ? days.at() : tier.at());
            } else if (days.isAbsent()) {
                m.unknown("a transition by date, not by age", t.range());
            } else if (tier.known()) {
                m.transitions.merge(tier.value(), days.value(), Math::min);
            }
        }
        for (EvaluatedBody.Block e : rule.blocks("expiration")) {
            Fact<Integer> days = Res.integer(e.body(), "days");
            if (days.isUnknown()) {
                m.unknown(days.reason(), days.at());
            } else if (days.known() && days.value() > 0) {
                m.expire = Merge.min(m.expire, days.value());
            } else if (e.body().attribute("date") != null) {
                m.unknown("an expiration by date, not by age", e.range());
            }
        }
        for (EvaluatedBody.Block e : rule.blocks("noncurrent_version_expiration")) {
            Fact<Integer> days = Res.integer(e.body(), inline ? "days" : "noncurrent_days").or(Res.integer(e.body(), "noncurrent_days"));
            if (days.isUnknown()) {
                m.unknown(days.reason(), days.at());
            } else if (days.known()) {
                m.noncurrent = Merge.min(m.noncurrent, days.value());
            }
        }
        Fact<Integer> abort = inline ? Res.integer(rule, "abort_incomplete_multipart_upload_days") : Fact.absent();
        for (EvaluatedBody.Block a : rule.blocks("abort_incomplete_multipart_upload")) {
            abort = Res.integer(a.body(), "days_after_initiation");
        }
        if (abort.isUnknown()) {
            m.unknown(abort.reason(), abort.at());
        } else if (abort.known()) {
            m.abort = Merge.min(m.abort, abort.value());
        }
    }

    /** A rule in words: {@code id[ (disabled)][: CLASS after N days][, expire after N days][, noncurrent versions expire after N days][, incomplete uploads aborted]}. */
    private static String describe(EvaluatedBody r, boolean inline, Fact<Boolean> enabled) {
        StringBuilder sb = new StringBuilder();
        String id = LoadBalancerAdapter.str(r, "id");
        sb.append(id == null ? "rule" : id);
        if (enabled.known() && !enabled.value()) {
            sb.append(" (disabled)");
        }
        for (EvaluatedBody.Block t : r.blocks("transition")) {
            sb.append(": ").append(LoadBalancerAdapter.str(t.body(), "storage_class")).append(" after ").append(num(t.body(), "days")).append(" days");
        }
        for (EvaluatedBody.Block e : r.blocks("expiration")) {
            sb.append(", expire after ").append(num(e.body(), "days")).append(" days");
        }
        for (EvaluatedBody.Block e : r.blocks("noncurrent_version_expiration")) {
            sb.append(", noncurrent versions expire after ").append(num(e.body(), inline && e.body().attribute("days") != null ? "days" : "noncurrent_days"))
                    .append(" days");
        }
        if (!r.blocks("abort_incomplete_multipart_upload").isEmpty() || r.attribute("abort_incomplete_multipart_upload_days") != null) {
            sb.append(", incomplete uploads aborted");
        }
        return sb.toString();
    }

    private static String num(EvaluatedBody b, String name) {
        EvaluatedBody.Attr a = b.attribute(name);
        return a != null && a.value() instanceof Value.Num n ? n.value().toPlainString() : "?";
    }
}
