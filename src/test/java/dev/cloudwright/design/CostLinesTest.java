package dev.cloudwright.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Usage;
import dev.cloudwright.pricing.ComponentCost;
import org.junit.jupiter.api.Test;

/** Lines a real bill has: what the generated Terraform turns on is priced. */
class CostLinesTest {

    @Test
    void runtimeMonitoringIsBilledForTheTasksItWatches() {
        // The threat-detection module enables GuardDuty Runtime Monitoring for ECS on Fargate: 9 tasks of 2 vCPUs run
        // all month, and the nightly batch's 200 vCPU-hours a day average 6,000 / 730 vCPUs.
        Design d = ExamplesTest.design("ecommerce.yaml");
        Component gd = d.architecture().component("us-east-1.guardduty").orElseThrow();
        Component batch = d.architecture().component("us-east-1.batch").orElseThrow();
        assertEquals(9 * 2 + batch.usage(Usage.VCPU_HOURS) / 730, gd.usage(Usage.MONITORED_VCPU), 1e-6);
        ComponentCost cost = d.cost().components().stream().filter(c -> c.componentId().equals("us-east-1.guardduty")).findFirst().orElseThrow();
        assertTrue(cost.lines().stream().anyMatch(l -> l.name().startsWith("Runtime monitoring") && l.monthlyUsd() > 0), cost.lines().toString());
    }

    @Test
    void functionsAreNotWatchedByRuntimeMonitoring() {
        Design d = ExamplesTest.design("startup.yaml");
        Component gd = d.architecture().component("us-east-1.guardduty").orElseThrow();
        assertEquals(0, gd.usage(Usage.MONITORED_VCPU), 1e-9);
    }
}
