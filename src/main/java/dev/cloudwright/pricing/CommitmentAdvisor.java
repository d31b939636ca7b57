package dev.cloudwright.pricing;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.model.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * What committing to steady hours saves, from the catalog's committed-use prices ({@link CommittedUse}): for each term and
 * payment option, the on-demand price of the committed lines minus their recurring charge and amortised upfront fee. Lines
 * the catalog has no committed price for fall back to a published discount, named as such.
 */
final class CommitmentAdvisor {
    static final List<String> TERMS = List.of("1y", "3y");
    static final List<String> PAYMENTS = List.of("no-upfront", "partial-upfront", "all-upfront");

    private final AwsCostModel model;
    /** Each component's cost before any opportunity, by component id. */
    private final Map<String, ComponentCost> base;

    CommitmentAdvisor(AwsCostModel model, Map<String, ComponentCost> base) {
        this.model = model;
        this.base = base;
    }

    /** Savings by component of the headline option (1 year, no upfront) and what every option would save. */
    record Advice(Map<String, Double> savings, String options, int priced, int fallback) {}

    /**
     * @param lines      which of a component's cost lines the commitment covers
     * @param offering   the commitment ({@code reserved-standard}, {@code compute-savings-plan})
     * @param fallback   the discount fraction of a line without committed prices
     * @param remaining  what each component still costs after the opportunities before this one
     */
    Advice advise(List<Component> components, Predicate<CostLine> lines, String offering, ToDoubleFunction<CostLine> fallback,
            Map<String, Double> remaining) {
        Map<String, Double> savings = new LinkedHashMap<>();
        Map<String, double[]> byOption = new LinkedHashMap<>(); // option -> {monthly saving, upfront}
        int priced = 0;
        int fellBack = 0;
        for (Component c : components) {
            ComponentCost cost = base.get(c.id());
            if (cost.monthlyUsd() <= 0 || remaining.get(c.id()) <= 0) {
                continue;
            }
            double share = Optimizer.share(cost, remaining);
            double headline = 0;
            for (CostLine l : cost.lines()) {
                if (!lines.test(l) || l.monthlyUsd() <= 0) {
                    continue;
                }
                Double first = null;
                for (String term : TERMS) {
                    for (String payment : PAYMENTS) {
                        CommittedUse.Terms t = new CommittedUse.Terms(offering, term, payment);
                        Optional<double[]> eff = effective(l, c.region(), t);
                        if (eff.isEmpty()) {
                            continue;
                        }
                        double saving = Math.max(0, l.monthlyUsd() - l.quantity() * eff.get()[0]) * share;
                        double[] acc = byOption.computeIfAbsent(t.label(), k -> new double[2]);
                        acc[0] += saving;
                        acc[1] += eff.get()[1] * l.quantity() / 730.0 * share;
                        if (term.equals("1y") && payment.equals("no-upfront")) {
                            first = saving;
                        }
                    }
                }
                if (first != null) {
                    headline += first;
                    priced++;
                } else {
                    headline += l.monthlyUsd() * share * fallback.applyAsDouble(l);
                    fellBack++;
                }
            }
            if (headline > 0) {
                savings.put(c.id(), headline);
            }
        }
        List<String> parts = new ArrayList<>();
        byOption.forEach((label, acc) -> parts.add(label.substring(label.indexOf(' ') + 1) + " saves " + usd(acc[0]) + " a month"
                + (acc[1] > 0 ? " (" + usd(acc[1]) + " upfront)" : "")));
        return new Advice(savings, String.join("; ", parts), priced, fellBack);
    }

    /** Effective hourly price of {@code t} on a line's key (recurring plus amortised upfront) and the upfront fee per unit. */
    private Optional<double[]> effective(CostLine l, String region, CommittedUse.Terms t) {
        PriceCatalog cat = model.catalog();
        double recurring = 0;
        if (!t.payment().equals("all-upfront")) {
            Optional<PriceCatalog.Quote> q = cat.find(CommittedUse.recurringKey(l.priceKey(), t), region);
            if (q.isEmpty() || !q.get().price().region().equals(l.priceRegion())) { // never another region's commitment against this one's price
                return Optional.empty();
            }
            recurring = q.get().price().firstTierUsd();
        }
        double upfrontHourly = 0;
        if (!t.payment().equals("no-upfront")) {
            Optional<PriceCatalog.Quote> q = cat.find(CommittedUse.upfrontKey(l.priceKey(), t), region);
            if (q.isEmpty() || !q.get().price().region().equals(l.priceRegion())) {
                return Optional.empty();
            }
            upfrontHourly = q.get().price().firstTierUsd();
        }
        return Optional.of(new double[] {recurring + upfrontHourly, upfrontHourly * t.termHours()});
    }

    private static String usd(double v) {
        return Fmt.usd(v);
    }
}
