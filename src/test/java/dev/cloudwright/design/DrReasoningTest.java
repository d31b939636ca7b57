package dev.cloudwright.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.resilience.Strategy;
import org.junit.jupiter.api.Test;

/** The disaster-recovery choice weighs the availability target's monthly downtime, and the budget, not only RPO and RTO. */
class DrReasoningTest {

    private static final String TWO_REGIONS = """
            name: Orders
            regions: [us-east-1, us-west-2]
            environment: production
            workload:
              requests_per_day: 20000000
              peak_factor: 3
              database: { engine: postgresql, size_gb: 200 }
            availability: %s
            recovery: { rpo: 1h, rto: 4h }
            budget: { monthly_usd: %s }
            """;

    @Test
    void aFailoverLongerThanTheMonthsDowntimeAllowanceLosesToOneThatFits() {
        // 99.95% allows 21m 36s a month; pilot light and warm standby meet RPO 1h and RTO 4h, but promoting the RDS
        // replica and starting compute takes longer than that.
        Design d = DesignSizingTest.design(TWO_REGIONS.formatted("99.95", "100000"));
        assertEquals(Strategy.ACTIVE_ACTIVE, d.disasterRecovery().strategy());
        assertTrue(d.disasterRecovery().reason().contains("Warm standby meets them, but its"), d.disasterRecovery().reason());
        assertTrue(d.disasterRecovery().reason().contains("recovers within the 21m 36s a month the 99.95% availability target allows"),
                d.disasterRecovery().reason());
        assertTrue(d.disasterRecovery().reason().contains("Pilot light meets them, but its"), d.disasterRecovery().reason());
    }

    @Test
    void theStrategyThatFitsIsNotChosenBeyondTheBudgetAndThePriceIsSaid() {
        Design d = DesignSizingTest.design(TWO_REGIONS.formatted("99.95", "500"));
        assertEquals(Strategy.PILOT_LIGHT, d.disasterRecovery().strategy());
        assertTrue(d.disasterRecovery().notes().stream().anyMatch(n -> n.startsWith("Multi-site active/active would recover within the downtime the 99.95% "
                + "target allows, for $") && n.contains("which the $500 budget does not leave room for")), d.disasterRecovery().notes().toString());
    }

    @Test
    void whenNoStrategyFitsTheAllowanceTheDesignSaysSoAndPricesTheFastest() {
        // 99.99% allows 4m 19s: no failover is that fast with a relational database (the Aurora writer moves in minutes).
        Design d = DesignSizingTest.design(TWO_REGIONS.formatted("99.99", "100000"));
        assertTrue(d.disasterRecovery().notes().stream().anyMatch(n -> n.startsWith("No strategy recovers from a regional outage within the 4m 19s")
                && n.contains("The fastest, multi-site active/active")), d.disasterRecovery().notes().toString());
    }

    @Test
    void aTargetNoStrategyMeetsNamesTheChangeThatWouldOrSaysNoneExists() {
        // RTO 2 minutes: even active/active waits for the Aurora writer to move regions.
        Design d = DesignSizingTest.design("""
                name: Tight
                regions: [us-east-1, us-west-2]
                environment: production
                workload:
                  requests_per_day: 20000000
                  database: { engine: postgresql, size_gb: 200 }
                availability: 99.9
                recovery: { rpo: 1m, rto: 2m }
                """);
        assertTrue(!d.disasterRecovery().met());
        assertTrue(d.disasterRecovery().notes().stream().anyMatch(n -> n.startsWith("The fastest failover for this architecture, multi-site active/active")
                && n.contains("multi-active global tables")), d.disasterRecovery().notes().toString());
    }
}
