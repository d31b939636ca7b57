package dev.cloudwright.pricing;

import java.util.List;

/**
 * The design's cost against the budget.
 *
 * @param budgetUsd   monthly budget
 * @param monthlyUsd  the design's monthly cost (on-demand)
 * @param within      the design fits
 * @param gapUsd      budget minus cost: headroom when positive, overspend when negative
 * @param changes     when over budget: the least disruptive changes that together close the gap, in order
 * @param afterUsd    monthly cost after those changes
 * @param fits        the changes close the gap
 * @param summary     one sentence
 */
public record BudgetVerdict(double budgetUsd, double monthlyUsd, boolean within, double gapUsd, List<Opportunity> changes,
        double afterUsd, boolean fits, String summary) {

    public BudgetVerdict {
        changes = List.copyOf(changes);
    }
}
