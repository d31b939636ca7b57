package dev.cloudwright.pricing;

import java.util.List;

/**
 * The design's cost against the budget.
 *
 * @param budgetUsd    monthly budget
 * @param monthlyUsd   the design's monthly cost (on-demand)
 * @param within       the design fits
 * @param gapUsd       budget minus cost: headroom when positive, overspend when negative
 * @param changes      when over budget: the least disruptive changes that keep the requirements and together close
 *                     the gap, in order (all of them when they do not close it)
 * @param afterUsd     monthly cost after those changes
 * @param fits         the changes close the gap
 * @param floor        when over budget: the cheapest design that still meets the hard requirements; null otherwise
 * @param summary      one sentence
 */
public record BudgetVerdict(double budgetUsd, double monthlyUsd, boolean within, double gapUsd, List<Opportunity> changes,
        double afterUsd, boolean fits, Floor floor, String summary) {

    public BudgetVerdict {
        changes = List.copyOf(changes);
    }

    /**
     * The cheapest design that meets the hard requirements: the design with every change that keeps them.
     *
     * @param requirements  the hard requirements it keeps, in words (load, recovery objectives, compliance, residency)
     * @param monthlyUsd    its monthly cost
     * @param changes       every change that keeps the requirements
     * @param withinBudget  it fits the budget
     * @param relaxations   changes below it that give up a stated requirement, each with what it gives up
     */
    public record Floor(List<String> requirements, double monthlyUsd, List<Opportunity> changes, boolean withinBudget,
            List<Opportunity> relaxations) {

        public Floor {
            requirements = List.copyOf(requirements);
            changes = List.copyOf(changes);
            relaxations = List.copyOf(relaxations);
        }
    }
}
