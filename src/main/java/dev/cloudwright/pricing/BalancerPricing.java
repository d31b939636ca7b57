package dev.cloudwright.pricing;

import static dev.cloudwright.pricing.AwsCostModel.HOURS;
import static dev.cloudwright.pricing.Measure.CONNECTION_MINUTES;
import static dev.cloudwright.pricing.Measure.GB;
import static dev.cloudwright.pricing.Measure.HOUR;
import static dev.cloudwright.pricing.Measure.LCU_HOUR;
import static dev.cloudwright.pricing.Measure.MESSAGES;
import static dev.cloudwright.pricing.Measure.NLCU_HOUR;
import static dev.cloudwright.pricing.Measure.REQUESTS;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Usage;
import java.util.List;
import java.util.Locale;

/** Load balancers and API gateways. */
final class BalancerPricing {
    private BalancerPricing() {}

    static List<CostComponent> alb(Component c) {
        Bill b = new Bill(c).add("Load balancer hours", PriceKeys.ALB_HOURS, HOURS, HOUR);
        // One LCU covers 25 new connections/s, 3,000 active connections/min, 1 GB/h processed
        // (EC2/IP targets) or 1,000 rule evaluations/s; the highest dimension is billed.
        double lcu = Math.max(newConnectionsPerSecond(c) / 25.0, processedGbPerHour(c) / 1.0);
        if (lcu > 0) {
            b.add("Load balancer capacity units (" + String.format(Locale.ROOT, "%.2f", lcu) + " LCU average)", PriceKeys.ALB_LCU,
                    lcu * HOURS, LCU_HOUR);
        }
        publicAddresses(b, c);
        return b.ifUsed("Data transfer out to the internet", PriceKeys.INTERNET_EGRESS, c.usage(Usage.EGRESS_GB), GB).parts();
    }

    /**
     * An internet-facing load balancer holds a public IPv4 address in each of its zones (at least; it adds nodes as it
     * scales), each billed by the hour. Unknown exposure or zones leave the line unpriced, not $0.
     */
    private static void publicAddresses(Bill b, Component c) {
        if (c.isUnknown(dev.cloudwright.model.Keys.PUBLIC_ENDPOINT)) {
            b.add(CostComponent.of("Public IPv4 addresses", PriceKeys.notKnown("whether the load balancer is internet-facing"), 0, HOUR));
        } else if (c.isTrue(dev.cloudwright.model.Keys.PUBLIC_ENDPOINT)) {
            int zones = c.placement().zones().isEmpty() ? c.valueOr(dev.cloudwright.model.Keys.ZONE_COUNT, 0) : c.placement().zones().size();
            if (zones == 0) {
                b.add(CostComponent.of("Public IPv4 addresses (one per zone)", PriceKeys.notKnown("the load balancer's zones"), 0, HOUR));
            } else {
                b.add("Public IPv4 addresses (" + zones + ", one per zone)", PriceKeys.PUBLIC_IPV4, zones * HOURS, HOUR);
            }
        }
    }

    static List<CostComponent> nlb(Component c) {
        Bill b = new Bill(c).add("Load balancer hours", PriceKeys.NLB_HOURS, HOURS, HOUR);
        // One NLCU covers, for TCP, 800 new connections/s, 100,000 active connections/min or 1 GB/h
        // processed; the highest dimension is billed.
        double nlcu = Math.max(newConnectionsPerSecond(c) / 800.0, processedGbPerHour(c) / 1.0);
        if (nlcu > 0) {
            b.add("Network load balancer capacity units (" + String.format(Locale.ROOT, "%.2f", nlcu) + " NLCU average)",
                    PriceKeys.NLB_NLCU, nlcu * HOURS, NLCU_HOUR);
        }
        publicAddresses(b, c);
        return b.ifUsed("Data transfer out to the internet", PriceKeys.INTERNET_EGRESS, c.usage(Usage.EGRESS_GB), GB).parts();
    }

    /**
     * A Gateway Load Balancer: hours, and capacity units (GLCU). One GLCU covers, among its dimensions, 1 GB processed an
     * hour; the GB processed give a floor of the GLCU-hours (a busier dimension would bill more).
     */
    static List<CostComponent> gwlb(Component c) {
        return new Bill(c).add("Load balancer hours", PriceKeys.GWLB_HOURS, HOURS, HOUR)
                .ifUsed("Capacity units (GLCU-hours, at least the GB processed)", PriceKeys.GWLB_GLCU, c.usage(Usage.PROCESSED_GB), LCU_HOUR).parts();
    }

    /** HTTP API requests; an API whose protocol is not known offline (HTTP or WebSocket) is not priced as either. */
    static List<CostComponent> httpApi(Component c) {
        boolean known = !c.isUnknown(Keys.PROTOCOL);
        return new Bill(c).ifUsed(known ? "HTTP API requests" : "API requests (protocol not known offline: HTTP or WebSocket)",
                        known ? PriceKeys.APIGATEWAY_HTTP_REQUESTS : PriceKeys.notKnown(Keys.PROTOCOL), c.usage(Usage.REQUESTS), REQUESTS)
                .ifUsed("Data transfer out to the internet", PriceKeys.INTERNET_EGRESS, c.usage(Usage.EGRESS_GB), GB).parts();
    }

    static List<CostComponent> restApi(Component c) {
        return new Bill(c).ifUsed("REST API requests", PriceKeys.APIGATEWAY_REST_REQUESTS, c.usage(Usage.REQUESTS), REQUESTS)
                .ifUsed("Data transfer out to the internet", PriceKeys.INTERNET_EGRESS, c.usage(Usage.EGRESS_GB), GB).parts();
    }

    /** Messages sent and received (metered in 32 KB increments) and the minutes connections stay open. */
    static List<CostComponent> webSocketApi(Component c) {
        return new Bill(c).ifUsed("WebSocket messages", PriceKeys.APIGATEWAY_WEBSOCKET_MESSAGES, c.usage(Usage.MESSAGES), MESSAGES)
                .ifUsed("WebSocket connection minutes", PriceKeys.APIGATEWAY_WEBSOCKET_MINUTES, c.usage(Usage.CONNECTION_MINUTES), CONNECTION_MINUTES)
                .ifUsed("Data transfer out to the internet", PriceKeys.INTERNET_EGRESS, c.usage(Usage.EGRESS_GB), GB).parts();
    }

    private static double newConnectionsPerSecond(Component c) {
        return c.usage(Usage.NEW_CONNECTIONS) / (HOURS * 3600);
    }

    private static double processedGbPerHour(Component c) {
        return c.usage(Usage.PROCESSED_GB) / HOURS;
    }
}
