package dev.cloudwright.pricing;

import static dev.cloudwright.pricing.Measure.MONTH;
import static dev.cloudwright.pricing.Measure.REQUESTS;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Usage;
import java.util.List;

/** Web firewall, keys and secrets. */
final class SecurityPricing {
    private SecurityPricing() {}

    static List<CostComponent> waf(Component c) {
        Bill b = new Bill(c).add("Web ACL", PriceKeys.WAF_WEB_ACL, 1, MONTH);
        // Rules are billed by the month whatever the traffic: as many as the web ACL lists (or as the design counts).
        double rules = c.usage(Usage.RULES) > 0 ? c.usage(Usage.RULES) : c.valueOr(dev.cloudwright.model.Keys.RULES, List.<String>of()).size();
        if (c.isUnknown(dev.cloudwright.model.Keys.RULES)) {
            b.add("Rules and managed rule groups (not known offline)", PriceKeys.notKnown(dev.cloudwright.model.Keys.RULES), 0, MONTH);
        } else if (rules > 0) {
            b.add("Rules and managed rule groups (" + Math.round(rules) + ")", PriceKeys.WAF_RULE, rules, MONTH);
        }
        return b.ifUsed("Requests inspected", PriceKeys.WAF_REQUESTS, c.usage(Usage.REQUESTS), REQUESTS).parts();
    }

    static List<CostComponent> kms(Component c) {
        return new Bill(c).add("Customer managed keys (" + Math.round(c.usage(Usage.KEYS)) + ")", PriceKeys.KMS_KEY, c.usage(Usage.KEYS), MONTH)
                .ifUsed("Requests", PriceKeys.KMS_REQUESTS, c.usage(Usage.API_CALLS), REQUESTS).parts();
    }

    static List<CostComponent> secrets(Component c) {
        return new Bill(c).add("Secrets (" + Math.round(c.usage(Usage.SECRETS)) + ")", PriceKeys.SECRET, c.usage(Usage.SECRETS), MONTH)
                .ifUsed("API calls", PriceKeys.SECRETS_API, c.usage(Usage.API_CALLS), REQUESTS).parts();
    }
}
