package dev.cloudwright.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.RequirementsParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CapacityTest {
    static Requirements req(String workload, String extra) {
        String yaml = "name: t\nregions: [us-east-1]\nworkload:\n" + workload + extra;
        return RequirementsParser.parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    static Capacity plan(Requirements r) {
        return Capacity.plan(r, new Assumptions(r));
    }

    @Test
    void dailyVolumeGivesAverageAndPeak() {
        Capacity c = plan(req("  requests_per_day: 8640000\n  peak_factor: 2\n", ""));
        assertEquals(100, c.avgRpsFromVolume(), 1e-9);
        assertEquals(200, c.peakRpsFromVolume(), 1e-9);
        assertEquals(200, c.peakRps(), 1e-9);
        assertEquals(100, c.avgRps(), 1e-9);
        assertEquals("requests_per_day", c.basis());
        assertEquals(100 * 730 * 3600, c.monthlyRequests(), 1e-3);
        // 200 rps / (150 requests per vCPU x 0.7 utilisation)
        assertEquals(200 / 105.0, c.peakVcpu(), 1e-9);
        assertTrue(c.notes().isEmpty());
    }

    @Test
    void littlesLawGivesThroughputFromConcurrentUsers() {
        // X = N / (R + Z) = 10,000 / (0.2 + 9.8) = 1,000 requests/s; in flight = X x R = 200
        Capacity c = plan(req("  concurrent_users: 10000\n  think_time_seconds: 9.8\n  peak_factor: 4\n", ""));
        assertEquals(1000, c.peakRpsFromUsers(), 1e-9);
        assertEquals(1000, c.peakRps(), 1e-9);
        assertEquals(250, c.avgRps(), 1e-9);
        assertEquals(200, c.inFlight(), 1e-9);
        assertEquals("concurrent_users", c.basis());
    }

    @Test
    void sizesForTheLargerEstimateAndWarnsBeyondTwofoldDisagreement() {
        // volume: 864,000/day x 3 = 30 rps peak; users: 3,000 / (0.2 + 29.8) = 100 rps
        Capacity c = plan(req("  requests_per_day: 864000\n  concurrent_users: 3000\n  think_time_seconds: 29.8\n", ""));
        assertEquals(30, c.peakRpsFromVolume(), 1e-9);
        assertEquals(100, c.peakRpsFromUsers(), 1e-9);
        assertEquals(100, c.peakRps(), 1e-9);
        assertEquals(100 / 30.0, c.disagreement(), 1e-9);
        assertEquals(1, c.notes().size());
        assertTrue(c.notes().get(0).contains("disagree by 3.3x"), c.notes().get(0));
        // the average is the larger of the volume average (10) and peak / peak factor (33.3)
        assertEquals(100 / 3.0, c.avgRps(), 1e-9);
        // per-request services are priced for the traffic the fleet was sized for: 33.3 rps on average, not the
        // 10 rps the daily volume states; that other basis is kept for a second cost line
        assertEquals(100 / 3.0 * 730 * 3600, c.monthlyRequests(), 1e-3);
        assertEquals(10 * 730 * 3600, c.otherMonthlyRequests(), 1e-3);
    }

    @Test
    void estimatesWithinTwofoldDoNotWarn() {
        Capacity c = plan(req("  requests_per_day: 864000\n  concurrent_users: 1500\n  think_time_seconds: 29.8\n", ""));
        assertEquals(50 / 30.0, c.disagreement(), 1e-9);
        assertTrue(c.notes().isEmpty());
    }

    @Test
    void overriddenAssumptionsChangeTheSizing() {
        Requirements r = req("  requests_per_day: 8640000\n  peak_factor: 2\n", "assumptions: { requests_per_vcpu: 50, target_utilisation: 0.5 }\n");
        Capacity c = plan(r);
        assertEquals(200 / 25.0, c.peakVcpu(), 1e-9);
        Assumptions a = new Assumptions(r);
        a.get("requests_per_vcpu");
        assertTrue(a.used().get(0).overridden());
    }

    @Test
    void egressFollowsResponseSize() {
        Capacity c = plan(req("  requests_per_day: 1048576\n  avg_response_kb: 1024\n", ""));
        // 1,048,576 requests/day x 1 MB = 1 TB/day = 1,024 GB/day over 730/24 days
        assertEquals(1024 * 730 / 24.0, c.egressGbPerMonth(), 1e-6);
    }
}
