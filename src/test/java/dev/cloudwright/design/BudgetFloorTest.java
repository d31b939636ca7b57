package dev.cloudwright.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.pricing.BudgetVerdict;
import dev.cloudwright.pricing.Opportunity;
import dev.cloudwright.resilience.Strategy;
import org.junit.jupiter.api.Test;

/** An over-budget design names the cheapest design that keeps its hard requirements, and never proposes breaking one as the fix. */
class BudgetFloorTest {

    // Recovery targets copied from production onto a staging budget: warm standby is the only strategy that meets them.
    private static final String STAGING = """
            name: Orders Staging
            regions: [eu-west-1, eu-central-1]
            environment: staging
            data_residency: eu
            workload:
              requests_per_day: 2000000
              style: containers
              database: { engine: mysql, size_gb: 200 }
              cache: redis
            availability: 99.95
            recovery: { rpo: 5m, rto: 30m }
            compliance: [soc2]
            budget: { monthly_usd: %s }
            """;

    @Test
    void aStrategyMissingTheRecoveryTargetsIsARelaxationNotAProposedChange() {
        Design d = DesignSizingTest.design(STAGING.formatted("600"));
        assertEquals(Strategy.WARM_STANDBY, d.disasterRecovery().strategy());
        BudgetVerdict v = d.cost().budget();
        assertFalse(v.within());
        assertTrue(v.changes().stream().noneMatch(o -> o.id().startsWith("dr-")), v.changes().toString());
        BudgetVerdict.Floor floor = v.floor();
        assertNotNull(floor);
        assertTrue(floor.requirements().contains("RPO 5m and RTO 30m"), floor.requirements().toString());
        assertTrue(floor.requirements().contains("SOC 2 controls") && floor.requirements().contains("EU data residency"), floor.requirements().toString());
        double keeping = floor.changes().stream().mapToDouble(Opportunity::monthlyUsd).sum();
        assertEquals(d.cost().monthlyUsd() - keeping, floor.monthlyUsd(), 0.01);
        assertTrue(floor.relaxations().stream().anyMatch(o -> o.id().equals("dr-backup-restore") && o.tradeOff().contains("missing the requirement")),
                floor.relaxations().toString());
        String doc = dev.cloudwright.render.MarkdownRenderer.render(d);
        assertTrue(doc.contains("The cheapest design that keeps the "), doc);
        assertTrue(doc.contains("| Relaxation | Saving / month | What is given up |"), doc);
    }

    @Test
    void withRoomInTheBudgetThereIsNoFloor() {
        Design d = DesignSizingTest.design(STAGING.formatted("5000"));
        assertTrue(d.cost().budget().within());
        assertEquals(null, d.cost().budget().floor());
    }

    @Test
    void disagreeingTrafficInputsOfferTheSmallerEstimateAsARelaxationPricedByDesigningIt() {
        Design d = DesignSizingTest.design("""
                name: Shop
                regions: [us-east-1]
                environment: production
                workload:
                  requests_per_day: 1000000
                  concurrent_users: 50000
                  database: { engine: postgresql, size_gb: 100 }
                budget: { monthly_usd: 500 }
                """);
        assertEquals("concurrent_users", d.capacity().basis());
        BudgetVerdict.Floor floor = d.cost().budget().floor();
        Opportunity smaller = floor.relaxations().stream().filter(o -> o.id().equals("size-for-requests_per_day")).findFirst().orElseThrow();
        Design alone = DesignSizingTest.design("""
                name: Shop
                regions: [us-east-1]
                environment: production
                workload:
                  requests_per_day: 1000000
                  database: { engine: postgresql, size_gb: 100 }
                """);
        assertEquals(d.cost().monthlyUsd() - alone.cost().monthlyUsd(), smaller.monthlyUsd(), 0.01);
        assertTrue(smaller.tradeOff().contains("the design is overloaded at peak"), smaller.tradeOff());
    }
}
