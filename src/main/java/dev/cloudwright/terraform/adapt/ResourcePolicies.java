package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.terraform.module.EvaluatedBody;

/** What a resource policy (bucket, repository, queue, topic, domain, key policy) lets anyone do, read as far as it is known offline. */
final class ResourcePolicies {
    private ResourcePolicies() {}

    /**
     * Anonymous access: true at the first statement allowing any principal with no condition; unknown when a statement
     * that could is not known offline; else false, where the policy is written. A component with several policies is
     * open when one is.
     */
    static void anonymous(EvaluatedBody.Attr policy, Draft d, Context ctx) {
        if (policy == null || policy.value().isNull() || Boolean.TRUE.equals(d.value(Keys.ANONYMOUS_ACCESS))) {
            return;
        }
        PolicyStatements.Reading r = PolicyStatements.read(policy, ctx.index);
        PolicyStatement open = r.statements().stream().filter(PolicyStatement::allowsAnonymous).findFirst().orElse(null);
        if (open != null) {
            d.set(Keys.ANONYMOUS_ACCESS, true, open.at());
            return;
        }
        String notKnown = r.undecided(s -> !s.known() || "Allow".equals(s.effect()) && s.anyPrincipal() && !s.conditionsKnown());
        if (notKnown != null) {
            d.unknown(Keys.ANONYMOUS_ACCESS, "whether the policy allows anyone is not known offline: " + notKnown, policy.range());
        } else if (d.setting(Keys.ANONYMOUS_ACCESS) == null) {
            d.set(Keys.ANONYMOUS_ACCESS, false, policy.range());
        }
    }
}
