package dev.cloudwright.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.pricing.AwsCostModel;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.Requirements.Style;
import org.junit.jupiter.api.Test;

class ComputeSizerTest {
    static ComputeSizer.Choice choose(String workload) {
        Requirements r = CapacityTest.req(workload, "");
        Assumptions a = new Assumptions(r);
        return new ComputeSizer(r, Capacity.plan(r, a), a, AwsCostModel.standard(), 3).choose();
    }

    @Test
    void lowSpikyTrafficGoesServerless() {
        ComputeSizer.Choice c = choose("  requests_per_day: 100000\n  peak_factor: 8\n");
        assertEquals(Style.SERVERLESS, c.chosen().style());
        assertTrue(c.reason().startsWith("Serverless first"), c.reason());
    }

    @Test
    void steadyHighLoadGoesToContainersBecauseFunctionsCostMore() {
        ComputeSizer.Choice c = choose("  requests_per_day: 400000000\n  peak_factor: 1.5\n");
        ComputeOption sl = c.options().get(0);
        ComputeOption ct = c.options().get(1);
        assertTrue(sl.eligible());
        assertTrue(sl.monthlyUsd() > ct.monthlyUsd() * 1.25, sl.monthlyUsd() + " vs " + ct.monthlyUsd());
        assertEquals(Style.CONTAINERS, c.chosen().style());
        assertTrue(c.reason().contains("at this volume functions would cost"), c.reason());
    }

    @Test
    void longRequestsRuleOutFunctions() {
        ComputeSizer.Choice c = choose("  requests_per_day: 100000\n  longest_request_seconds: 60\n");
        assertFalse(c.options().get(0).eligible());
        assertEquals(Style.CONTAINERS, c.chosen().style());
        assertTrue(c.reason().contains("beyond the API gateway's 29s integration timeout"), c.reason());
    }

    @Test
    void statefulConnectionsRuleOutFunctions() {
        ComputeSizer.Choice c = choose("  requests_per_day: 100000\n  stateful_connections: true\n");
        assertFalse(c.options().get(0).eligible());
        assertEquals(Style.CONTAINERS, c.chosen().style());
    }

    @Test
    void forcedStyleIsHonoured() {
        ComputeSizer.Choice c = choose("  requests_per_day: 100000\n  style: kubernetes\n");
        assertEquals(Style.KUBERNETES, c.chosen().style());
        assertTrue(c.reason().contains("style: kubernetes"));
    }

    @Test
    void fleetIsStaticallyStableAcrossZones() {
        Requirements r = CapacityTest.req("  concurrent_users: 100000\n  think_time_seconds: 30\n  peak_factor: 3\n  style: containers\n", "");
        Assumptions a = new Assumptions(r);
        Capacity cap = Capacity.plan(r, a);
        ComputeSizer s = new ComputeSizer(r, cap, a, AwsCostModel.standard(), 3);
        ComputeOption c = s.containers();
        // 3,311 rps peak -> 31.5 vCPU -> 2 vCPU tasks (16 at peak); max = ceil(16 x 1.3) = 21
        assertEquals(2.0, c.sizing().vcpu());
        assertEquals(21, c.sizing().max());
        // average 1,104 rps -> 10.5 vCPU -> 5.26 tasks; losing 1 of 3 zones must still carry it: ceil(5.26 x 1.5) = 8 -> 9
        assertEquals(9, c.sizing().min());
        assertEquals(0, c.sizing().min() % 3, "min is a multiple of the zone count");
    }

    @Test
    void fargateMemoryStaysInItsAllowedRange() {
        assertEquals(2, ComputeSizer.fargateMemory(1, 1));
        assertEquals(8, ComputeSizer.fargateMemory(1, 20));
        assertEquals(8, ComputeSizer.fargateMemory(4, 8));
        assertEquals(32, ComputeSizer.fargateMemory(16, 32));
    }
}
