package dev.cloudwright.pricing;

import dev.cloudwright.model.BillingParts;
import static dev.cloudwright.pricing.AwsCostModel.HOURS;
import static dev.cloudwright.pricing.Measure.GB;
import static dev.cloudwright.pricing.Measure.HOUR;
import static dev.cloudwright.pricing.Measure.NOTIFICATIONS;
import static dev.cloudwright.pricing.Measure.REQUESTS;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Usage;
import java.util.List;

/** Networks, NAT, queues and topics. */
final class NetworkPricing {
    private NetworkPricing() {}

    /** The network itself is free; its flow logs are billed as vended logs delivered to CloudWatch Logs. */
    static List<CostComponent> vpc(Component c) {
        return new Bill(c).ifUsed("Flow logs delivered to CloudWatch Logs", PriceKeys.VENDED_LOGS, c.usage(Usage.FLOW_LOG_GB), GB).by(BillingParts.FLOW_LOGS).parts();
    }

    static List<CostComponent> nat(Component c) {
        int n = c.sizing().countOr(1);
        // Each public NAT gateway holds an Elastic IP: a public IPv4 address billed by the hour (a private one holds none).
        Bill b = new Bill(c).add("NAT gateway hours (" + n + ")", PriceKeys.NAT_HOURS, n * HOURS, HOUR);
        if (c.isUnknown(dev.cloudwright.model.Keys.CONNECTIVITY)) {
            b.add(CostComponent.of("Public IPv4 addresses", PriceKeys.notKnown(dev.cloudwright.model.Keys.CONNECTIVITY), 0, HOUR));
        } else if (!"private".equals(c.value(dev.cloudwright.model.Keys.CONNECTIVITY))) {
            b.add("Public IPv4 addresses (" + n + ")", PriceKeys.PUBLIC_IPV4, n * HOURS, HOUR);
        }
        return b
                .ifUsed("Data processed", PriceKeys.NAT_GB, c.usage(Usage.PROCESSED_GB), GB).parts();
    }

    static List<CostComponent> sqs(Component c) {
        return new Bill(c).ifUsed("Requests", PriceKeys.SQS_REQUESTS, c.usage(Usage.REQUESTS), REQUESTS).parts();
    }

    /** Publish requests, and notifications delivered ({@link Usage#MESSAGES}); deliveries to SQS and Lambda are free. */
    static List<CostComponent> sns(Component c) {
        return new Bill(c).ifUsed("API requests (publishes)", PriceKeys.SNS_REQUESTS, c.usage(Usage.REQUESTS), REQUESTS)
                .ifUsed("Notifications delivered", PriceKeys.SNS_NOTIFICATIONS, c.usage(Usage.MESSAGES), NOTIFICATIONS).parts();
    }
}
