package dev.cloudwright.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetTest {
    static Opportunity op(String id, double usd, int impact) {
        return new Opportunity(id, id, "do " + id, usd, "", impact, "test", List.of());
    }

    @Test
    void withinBudgetReportsTheHeadroom() {
        BudgetVerdict v = Budget.verdict(800, 1000, List.of(), List.of());
        assertTrue(v.within());
        assertEquals(200, v.gapUsd(), 1e-9);
        assertTrue(v.summary().startsWith("Within budget: $800 a month against $1,000, leaving $200 (20.0%)"), v.summary());
    }

    @Test
    void exactlyOnBudgetIsWithin() {
        assertTrue(Budget.verdict(1000, 1000, List.of(), List.of()).within());
    }

    @Test
    void overBudgetProposesTheLeastDisruptiveSingleChangeThatFits() {
        List<Opportunity> ops = List.of(op("commit", 150, 0), op("graviton", 400, 1));
        List<Opportunity> trade = List.of(op("single-nat", 500, 3));
        BudgetVerdict v = Budget.verdict(1300, 1000, ops, trade);
        assertFalse(v.within());
        assertTrue(v.fits());
        assertEquals(List.of("graviton"), v.changes().stream().map(Opportunity::id).toList());
        assertEquals(900, v.afterUsd(), 1e-9);
        assertTrue(v.summary().contains("Over budget by $300"), v.summary());
    }

    @Test
    void pricingOnlyChangesWinWhenTheyAreEnough() {
        BudgetVerdict v = Budget.verdict(1100, 1000, List.of(op("commit", 150, 0), op("graviton", 400, 1)), List.of());
        assertEquals(List.of("commit"), v.changes().stream().map(Opportunity::id).toList());
    }

    @Test
    void combinesChangesWhenNoSingleOneFits() {
        BudgetVerdict v = Budget.verdict(1500, 1000, List.of(op("commit", 200, 0), op("graviton", 250, 1)), List.of(op("nat", 100, 3)));
        assertTrue(v.fits());
        assertEquals(List.of("commit", "graviton", "nat"), v.changes().stream().map(Opportunity::id).toList());
        assertEquals(950, v.afterUsd(), 1e-9);
        assertTrue(v.summary().contains("No single change fits"), v.summary());
    }

    @Test
    void saysSoWhenNothingFits() {
        BudgetVerdict v = Budget.verdict(5000, 1000, List.of(op("commit", 200, 0)), List.of());
        assertFalse(v.fits());
        assertEquals(4800, v.afterUsd(), 1e-9);
        assertTrue(v.summary().contains("the budget needs at least $4,800"), v.summary());
    }

    @Test
    void overBudgetNamesTheCheapestDesignThatKeepsTheRequirements() {
        List<String> reqs = List.of("RPO 5m and RTO 30m", "EU data residency");
        BudgetVerdict v = Budget.verdict(1500, 1000, List.of(op("commit", 200, 0), op("graviton", 150, 1)), List.of(op("nat", 50, 3)),
                List.of(op("dr-backup", 600, 3)), reqs);
        assertFalse(v.fits());
        assertEquals(1100, v.floor().monthlyUsd(), 1e-9);
        assertFalse(v.floor().withinBudget());
        assertEquals(List.of("commit", "graviton", "nat"), v.changes().stream().map(Opportunity::id).toList(),
                "a change that gives up a requirement is never among the proposed changes");
        assertEquals(List.of("dr-backup"), v.floor().relaxations().stream().map(Opportunity::id).toList());
        assertTrue(v.summary().contains("The cheapest design that keeps RPO 5m and RTO 30m and EU data residency costs $1,100 a month"), v.summary());
        assertTrue(v.summary().contains("still $100 over") && v.summary().endsWith("or a relaxed requirement (the largest: dr-backup, saving $600 a month)."), v.summary());
    }

    @Test
    void aRelaxationLargeEnoughAloneIsStillNotTheProposedChange() {
        BudgetVerdict v = Budget.verdict(1300, 1000, List.of(op("commit", 100, 0)), List.of(), List.of(op("dr-backup", 900, 3)),
                List.of("RPO 1h and RTO 4h"));
        assertFalse(v.fits());
        assertEquals(List.of("commit"), v.changes().stream().map(Opportunity::id).toList());
        assertEquals(1200, v.floor().monthlyUsd(), 1e-9);
    }

    @Test
    void theFloorIsKnownEvenWhenASmallerSetOfChangesFits() {
        BudgetVerdict v = Budget.verdict(1100, 1000, List.of(op("commit", 150, 0), op("graviton", 400, 1)), List.of(), List.of(),
                List.of("RPO 1h and RTO 4h"));
        assertTrue(v.fits());
        assertEquals(List.of("commit"), v.changes().stream().map(Opportunity::id).toList());
        assertEquals(550, v.floor().monthlyUsd(), 1e-9);
        assertTrue(v.floor().withinBudget());
        assertTrue(v.summary().contains("that fits and keeps RPO 1h and RTO 4h: commit"), v.summary());
    }

    @Test
    void withinBudgetHasNoFloor() {
        assertEquals(null, Budget.verdict(900, 1000, List.of(op("commit", 150, 0)), List.of(), List.of(), List.of("x")).floor());
    }
}
