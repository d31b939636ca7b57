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
        assertTrue(v.summary().contains("need a budget of at least $4,800"), v.summary());
    }
}
