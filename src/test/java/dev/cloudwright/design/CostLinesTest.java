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

    private static ComponentCost cost(Design d, String id) {
        return d.cost().components().stream().filter(c -> c.componentId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void trafficToTheDataTierCrossesZonesAndIsBilledBothWays() {
        // Tasks in three zones, the writer and the cache primary in one: two thirds of (6 KB database + 2 KB cache) per
        // request cross a zone, billed $0.01 a GB out and $0.01 in.
        Design d = ExamplesTest.design("ecommerce.yaml");
        Component app = d.architecture().component("us-east-1.app").orElseThrow();
        double gb = d.capacity().monthlyRequests() * (6 + 2) * 2 / 3.0 / (1024.0 * 1024.0);
        assertEquals(gb, app.usage(Usage.INTER_AZ_GB), gb * 1e-9);
        var line = cost(d, "us-east-1.app").lines().stream().filter(l -> l.name().startsWith("Data transfer between zones")).findFirst().orElseThrow();
        assertEquals(gb * 2 * 0.01, line.monthlyUsd(), 0.01);
        assertTrue(d.cost().notes().stream().noneMatch(n -> n.contains("data transfer between zones")), "estimated, so not listed as missing");
    }

    @Test
    void functionsAndKeyValueTablesAddNoTransferBetweenZones() {
        // Functions are not billed for transfer between zones here, and a DynamoDB table is reached through its regional endpoint.
        assertEquals(0, ExamplesTest.design("startup.yaml").architecture().component("us-east-1.app").orElseThrow().usage(Usage.INTER_AZ_GB));
        Design g = ExamplesTest.design("global-service.yaml");
        Component app = g.architecture().component("us-east-1.app").orElseThrow();
        // Active/active: each region serves half the requests.
        assertEquals(g.capacity().monthlyRequests() / 2 * 2 * 2 / 3.0 / (1024.0 * 1024.0), app.usage(Usage.INTER_AZ_GB), 1e-3,
                "the cache's share only");
    }

    @Test
    void containerInsightsIsBilledAsCustomMetricsWhileTasksRun() {
        // The ECS module turns Container Insights on: 11 cluster + 13 service + 8 task-family metrics. A pilot-light standby
        // runs no task, so it emits none.
        Design d = ExamplesTest.design("ecommerce.yaml");
        var line = cost(d, "us-east-1.app").lines().stream().filter(l -> l.name().startsWith("Container Insights metrics")).findFirst().orElseThrow();
        assertEquals(32, line.quantity(), 1e-9);
        assertEquals(32 * 0.30, line.monthlyUsd(), 1e-9);
        assertTrue(cost(d, "eu-west-1.app").lines().stream().noneMatch(l -> l.name().startsWith("Container Insights")));
        assertTrue(d.cost().notes().stream().anyMatch(n -> n.contains("Container Insights performance log events")
                && n.contains("Enhanced Monitoring OS metrics")), d.cost().notes().toString());
    }
}
