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
        return new Bill(c).add("Web ACL", PriceKeys.WAF_WEB_ACL, 1, MONTH)
                .ifUsed("Rules and managed rule groups (" + Math.round(c.usage(Usage.RULES)) + ")", PriceKeys.WAF_RULE, c.usage(Usage.RULES), MONTH)
                .ifUsed("Requests inspected", PriceKeys.WAF_REQUESTS, c.usage(Usage.REQUESTS), REQUESTS).parts();
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
