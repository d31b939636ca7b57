package dev.cloudwright.pricing;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Usage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Prices a whole architecture and assembles the cost report. */
public final class CostEstimator {
    private final AwsCostModel model;

    public CostEstimator(AwsCostModel model) {
        this.model = model;
    }

    public AwsCostModel model() {
        return model;
    }

    public double total(Architecture arch) {
        return arch.components().stream().mapToDouble(c -> model.price(c).monthlyUsd()).sum();
    }

    /**
     * The full report. {@code tradeOffs} are design changes the budget verdict may propose beyond the
     * optimisation opportunities (they weaken a guarantee, so they are not opportunities).
     */
    public CostReport report(Architecture arch, boolean production, Double budgetUsd, List<Opportunity> tradeOffs) {
        return report(arch, production, budgetUsd, tradeOffs, List.of(), List.of());
    }

    /**
     * @param relaxations   changes that give up a stated requirement, offered only below the cheapest design that keeps them
     * @param requirements  the hard requirements, in words, for the budget verdict
     */
    public CostReport report(Architecture arch, boolean production, Double budgetUsd, List<Opportunity> tradeOffs, List<Opportunity> relaxations,
            List<String> requirements) {
        List<ComponentCost> costs = arch.components().stream().map(model::price).toList();
        double total = costs.stream().mapToDouble(ComponentCost::monthlyUsd).sum();
        Map<String, Double> byService = new LinkedHashMap<>();
        Map<String, Double> byRegion = new TreeMap<>();
        for (ComponentCost c : costs) {
            byService.merge(c.serviceName(), c.monthlyUsd(), Double::sum);
            byRegion.merge(c.region(), c.monthlyUsd(), Double::sum);
        }
        List<Opportunity> opportunities = new Optimizer(model).find(arch, production);
        double savings = opportunities.stream().mapToDouble(Opportunity::monthlyUsd).sum();
        BudgetVerdict verdict = budgetUsd == null ? null : Budget.verdict(total, budgetUsd, opportunities, tradeOffs, relaxations, requirements);
        return new CostReport(total, costs, shares(byService, total), shares(byRegion, total), opportunities, total - savings, verdict,
                notes(arch, costs), sources(costs));
    }

    private static List<CostReport.Share> shares(Map<String, Double> m, double total) {
        return m.entrySet().stream()
                .map(e -> new CostReport.Share(e.getKey(), e.getValue(), total > 0 ? e.getValue() / total : 0))
                .sorted(Comparator.comparingDouble(CostReport.Share::monthlyUsd).reversed().thenComparing(CostReport.Share::name))
                .toList();
    }

    private List<String> notes(Architecture arch, List<ComponentCost> costs) {
        List<String> notes = new ArrayList<>();
        notes.add("On-demand list prices in US dollars, 730 hours a month, before tax, support plans and free tiers.");
        Map<String, TreeSet<String>> borrowed = new TreeMap<>();
        TreeSet<String> unpriced = new TreeSet<>();
        Map<String, TreeSet<String>> notKnown = new TreeMap<>();
        for (ComponentCost c : costs) {
            for (CostLine l : c.lines()) {
                if (l.unpriced() && l.priceKey().startsWith(PriceKeys.NOT_KNOWN)) {
                    notKnown.computeIfAbsent(l.priceKey().substring(PriceKeys.NOT_KNOWN.length()), k -> new TreeSet<>()).add(c.componentId());
                    continue;
                }
                if (l.unpriced()) {
                    unpriced.add(l.priceKey());
                    continue;
                }
                if (!c.region().equals("global") && !l.priceRegion().equals(c.region()) && !l.priceRegion().equals("global")) {
                    borrowed.computeIfAbsent(c.region(), k -> new TreeSet<>()).add(l.priceKey());
                }
            }
        }
        for (Map.Entry<String, TreeSet<String>> e : borrowed.entrySet()) {
            notes.add("The price catalog has no " + e.getKey() + " price for " + String.join(", ", e.getValue()) + "; "
                    + PriceCatalog.REFERENCE_REGION + " prices stand in (regional prices usually differ by a few percent).");
        }
        if (!unpriced.isEmpty()) {
            notes.add("Not priced, the catalog has no price for: " + String.join(", ", unpriced) + " (counted as zero).");
        }
        if (!notKnown.isEmpty()) {
            List<String> parts = new ArrayList<>();
            notKnown.forEach((field, ids) -> parts.add(field + " of " + String.join(", ", ids)));
            notes.add("Not priced, settings not known offline: " + String.join("; ", parts) + " (counted as zero).");
        }
        List<String> usageBased = new ArrayList<>();
        for (Component c : arch.components()) {
            if (c.service().equals("aws.s3") && c.value(Keys.LIFECYCLE) != null && c.usage(Usage.PUT_REQUESTS) == 0) {
                usageBased.add("object requests on " + c.id());
            }
        }
        usageBased.add("KMS requests (bucket keys and data-key caching keep them low)");
        if (arch.components().stream().noneMatch(c -> c.usage(Usage.INTER_AZ_GB) > 0)) {
            usageBased.add("data transfer between zones");
        }
        if (arch.components().stream().anyMatch(c -> c.valueOr(Keys.MONITORING_INTERVAL, 0) > 0)) {
            usageBased.add("Enhanced Monitoring OS metrics (ingested into CloudWatch Logs, RDSOSMetrics; AWS publishes no volume per instance)");
        }
        if (arch.components().stream().anyMatch(c -> c.isTrue(Keys.CONTAINER_INSIGHTS))) {
            usageBased.add("Container Insights performance log events (ingested into CloudWatch Logs; AWS publishes no volume per task)");
        }
        notes.add("Usage-based charges not estimated: " + String.join("; ", usageBased) + ".");
        return notes;
    }

    private List<CostReport.PriceSource> sources(List<ComponentCost> costs) {
        Map<String, CostReport.PriceSource> m = new TreeMap<>();
        PriceCatalog catalog = model.catalog();
        for (ComponentCost c : costs) {
            for (CostLine l : c.lines()) {
                if (l.unpriced()) {
                    continue;
                }
                String k = l.priceKey() + "@" + l.priceRegion();
                if (!m.containsKey(k)) {
                    PriceCatalog.Price p = catalog.find(l.priceKey(), l.priceRegion()).map(PriceCatalog.Quote::price).orElseThrow();
                    m.put(k, new CostReport.PriceSource(l.priceKey(), l.priceRegion(), p.unit(), p.firstTierUsd(), p.source(), p.date()));
                }
            }
        }
        return List.copyOf(m.values());
    }
}
