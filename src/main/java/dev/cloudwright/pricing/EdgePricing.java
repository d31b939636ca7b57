package dev.cloudwright.pricing;

import dev.cloudwright.model.BillingParts;
import static dev.cloudwright.pricing.Measure.GB;
import static dev.cloudwright.pricing.Measure.MONTH;
import static dev.cloudwright.pricing.Measure.QUERIES;
import static dev.cloudwright.pricing.Measure.REQUESTS;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Usage;
import java.util.List;
import java.util.Optional;

/** CDN and DNS. */
final class EdgePricing {
    private EdgePricing() {}

    static List<CostComponent> cloudfront(Component c) {
        Bill b = new Bill(c);
        Optional<String> geo = b.known(Keys.PRICE_GEOGRAPHY, "na");
        b.ifUsed("Data transfer out to the internet", PriceKeys.CLOUDFRONT_EGRESS, c.usage(Usage.EGRESS_GB), GB);
        b.ifUsed("HTTPS requests", geo.map(PriceKeys::cloudfrontHttps).orElse(PriceKeys.notKnown(Keys.PRICE_GEOGRAPHY)),
                c.usage(Usage.REQUESTS), REQUESTS);
        return b.parts();
    }

    static List<CostComponent> route53(Component c) {
        // One zone unless the usage says how many (none: records or health checks of a zone managed elsewhere).
        double zones = c.usage().containsKey(Usage.HOSTED_ZONES) ? c.usage(Usage.HOSTED_ZONES) : 1;
        Bill b = new Bill(c);
        if (zones > 0) {
            b.add("Hosted zones", PriceKeys.ROUTE53_ZONE, zones, MONTH);
        }
        double hc = c.usage(Usage.HEALTH_CHECKS);
        if (hc > 0) {
            b.add("Health checks (AWS endpoints)", PriceKeys.ROUTE53_HEALTH_CHECK, hc, MONTH).by(BillingParts.HEALTH_CHECKS);
            b.add("Health check HTTPS option", PriceKeys.ROUTE53_HEALTH_CHECK_OPTION, hc, MONTH).by(BillingParts.HEALTH_CHECKS);
        }
        b.ifUsed("Standard queries (alias queries to AWS resources are free)", PriceKeys.ROUTE53_QUERIES, c.usage(Usage.QUERIES), QUERIES);
        return b.parts();
    }
}
