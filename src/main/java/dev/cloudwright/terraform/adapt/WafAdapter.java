package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;

/** WAFv2 web ACLs: scope, rules (managed rule groups, rate limits), what they protect. */
@ResourceAdapter.Adapts(anchors = "aws_wafv2_web_acl",
        absorbs = {"aws_wafv2_web_acl_association", "aws_wafv2_web_acl_logging_configuration", "aws_wafv2_ip_set", "aws_wafv2_rule_group",
            "aws_wafv2_regex_pattern_set"},
        services = "aws.waf",
        summary = "WAF web ACL: scope, default action, managed rule groups, rate limits, associations, logging")
final class WafAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> acls, Context ctx) {
        for (Res acl : acls) {
            Draft d = ctx.component(acl, Role.FIREWALL, "aws.waf");
            Fact<String> scope = acl.str("scope");
            d.set(Keys.SCOPE, scope);
            if (scope.orElse("REGIONAL").equals("CLOUDFRONT")) {
                d.global = true;
            }
            if (!acl.blocks("default_action").isEmpty()) {
                var action = acl.blocks("default_action").get(0);
                d.set(Keys.DEFAULT_ACTION, action.body().blocks("block").isEmpty() ? "allow" : "block", action.range());
            }
            List<String> rules = new ArrayList<>();
            for (EvaluatedBody.Block r : acl.blocks("rule")) {
                if (r.representative()) {
                    rules.add("rules not known offline");
                    continue;
                }
                for (EvaluatedBody.Block st : r.body().blocks("statement")) {
                    for (EvaluatedBody.Block m : st.body().blocks("managed_rule_group_statement")) {
                        rules.add(LoadBalancerAdapter.str(m.body(), "name"));
                    }
                    for (EvaluatedBody.Block rb : st.body().blocks("rate_based_statement")) {
                        EvaluatedBody.Attr limit = rb.body().attribute("limit");
                        rules.add("rate limit " + (limit == null ? "?" : limit.value() instanceof dev.cloudwright.terraform.eval.Value.Num n
                                ? n.value().toPlainString() : "?") + " per 5 minutes");
                    }
                    if (st.body().blocks("managed_rule_group_statement").isEmpty() && st.body().blocks("rate_based_statement").isEmpty()) {
                        rules.add(LoadBalancerAdapter.str(r.body(), "name"));
                    }
                }
            }
            Fact<String> ruleJson = acl.str("rule_json");
            if (ruleJson.known()) {
                rules.addAll(rulesFromJson(ruleJson.value()));
            }
            var rulesAt = acl.blocks("rule").isEmpty() ? acl.range() : acl.blocks("rule").get(0).range();
            if (ruleJson.isUnknown()) {
                d.unknown(Keys.RULES, ruleJson.reason(), ruleJson.at());
                d.unknown(Keys.RULE_COUNT, ruleJson.reason(), ruleJson.at());
            } else {
                d.set(Keys.RULES, rules, rulesAt);
                d.set(Keys.RULE_COUNT, rules.size(), rulesAt);
            }
            List<String> protects = new ArrayList<>();
            for (Res a : acl.referrers("aws_wafv2_web_acl_association", "web_acl_arn")) {
                ctx.absorb(a, d);
                a.refs("resource_arn").forEach(t -> protects.add(t.address()));
            }
            for (Res cf : acl.referrers("aws_cloudfront_distribution", "web_acl_id")) {
                protects.add(cf.address());
            }
            d.set(Keys.PROTECTS, protects, acl.range());
            List<Res> logging = acl.referrers("aws_wafv2_web_acl_logging_configuration", "resource_arn");
            logging.forEach(l -> ctx.absorb(l, d));
            if (logging.isEmpty()) {
                d.defaulted(Keys.LOGGING, false, "no aws_wafv2_web_acl_logging_configuration: the web ACL's traffic is not logged");
            } else {
                d.set(Keys.LOGGING, true, logging.get(0).range());
            }
        }
    }

    /** Rule names from {@code rule_json}: managed rule group names and rate limits, else the rule's name. */
    static List<String> rulesFromJson(String json) {
        List<String> out = new ArrayList<>();
        Object parsed;
        try {
            parsed = dev.cloudwright.core.JsonParser.parsePlain(json);
        } catch (RuntimeException e) {
            out.add("rule_json not readable");
            return out;
        }
        if (!(parsed instanceof List<?> list)) {
            return out;
        }
        for (Object r : list) {
            if (!(r instanceof java.util.Map<?, ?> rule)) {
                continue;
            }
            Object st = rule.get("Statement");
            if (st instanceof java.util.Map<?, ?> stmt && stmt.get("ManagedRuleGroupStatement") instanceof java.util.Map<?, ?> m) {
                out.add(String.valueOf(m.get("Name")));
            } else if (st instanceof java.util.Map<?, ?> stmt2 && stmt2.get("RateBasedStatement") instanceof java.util.Map<?, ?> rb) {
                Object limit = rb.get("Limit");
                out.add("rate limit " + (limit instanceof java.math.BigDecimal b ? b.toPlainString() : String.valueOf(limit)) + " per "
                        + (rb.get("EvaluationWindowSec") instanceof java.math.BigDecimal w ? w.intValue() / 60 : 5) + " minutes");
            } else {
                out.add(String.valueOf(rule.get("Name")));
            }
        }
        return out;
    }
}
