package dev.cloudwright.pricing;

import java.util.List;

/**
 * The design's monthly cost: per component, per service and per region, the optimisation
 * opportunities, the budget verdict, and the notes a reader needs to trust the figures.
 *
 * @param monthlyUsd        total, on-demand list prices, 730 hours a month
 * @param components        per component, line by line
 * @param byService         per service, largest first
 * @param byRegion          per region
 * @param opportunities     ways to spend less
 * @param optimisedUsd      monthly cost after all opportunities
 * @param budget            the budget verdict, or null without a budget
 * @param notes             caveats: prices borrowed from another region, usage-based charges not estimated
 * @param sources           where each price used comes from
 */
public record CostReport(double monthlyUsd, List<ComponentCost> components, List<Share> byService, List<Share> byRegion,
        List<Opportunity> opportunities, double optimisedUsd, BudgetVerdict budget, List<String> notes, List<PriceSource> sources) {

    /** A slice of the total. */
    public record Share(String name, double monthlyUsd, double fraction) {}

    /** The provenance of one price used. */
    public record PriceSource(String key, String region, String unit, double usd, String source, String date) {}
}
