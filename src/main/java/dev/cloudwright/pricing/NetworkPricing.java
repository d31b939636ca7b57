package dev.cloudwright.pricing;

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
        return new Bill(c).ifUsed("Flow logs delivered to CloudWatch Logs", PriceKeys.VENDED_LOGS, c.usage(Usage.FLOW_LOG_GB), GB).parts();
    }

    static List<CostComponent> nat(Component c) {
        int n = c.sizing().countOr(1);
        return new Bill(c).add("NAT gateway hours (" + n + ")", PriceKeys.NAT_HOURS, n * HOURS, HOUR)
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
