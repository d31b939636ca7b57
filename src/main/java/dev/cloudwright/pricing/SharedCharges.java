package dev.cloudwright.pricing;

import static dev.cloudwright.pricing.Measure.GB;
import static dev.cloudwright.pricing.Measure.MONTH;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Usage;
import java.util.List;

/**
 * Charges that follow a setting or a usage whatever the service: Container Insights metrics of an ECS service (its
 * cluster's, its own and its task family's, billed as custom metrics), and data sent between zones (billed in each
 * direction).
 */
final class SharedCharges {
    private SharedCharges() {}

    static List<CostComponent> of(Component c) {
        Bill b = new Bill(c);
        // Metrics are emitted only while tasks run: a service scaled to zero has none.
        if (c.isTrue(Keys.CONTAINER_INSIGHTS) && c.sizing().countOr(1) > 0) {
            double metrics = Metered.of("container-insights.metrics-per-cluster") + Metered.of("container-insights.metrics-per-service")
                    + Metered.of("container-insights.metrics-per-task-family");
            b.add("Container Insights metrics (" + Math.round(metrics) + ")", PriceKeys.METRIC, metrics, MONTH);
        }
        double crossing = c.usage(Usage.INTER_AZ_GB);
        if (crossing > 0) {
            b.add("Data transfer between zones (both directions)", PriceKeys.INTER_AZ, crossing * Metered.of("inter-az.directions"), GB);
        }
        return b.parts();
    }
}
