package dev.cloudwright.pricing;

import dev.cloudwright.core.Fmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The budget verdict: within budget, or over it with the least disruptive changes that would fit. */
public final class Budget {
    private Budget() {}

    public static BudgetVerdict verdict(double total, double budget, List<Opportunity> opportunities, List<Opportunity> tradeOffs) {
        return verdict(total, budget, opportunities, tradeOffs, List.of(), List.of());
    }

    /**
     * Candidates that keep the requirements are tried from the least disruptive (pricing-only commitments) to the
     * most (design trade-offs). If one change alone closes the gap, the least disruptive such change is proposed;
     * otherwise changes are accumulated in that order until the design fits or they run out. Over budget, the
     * verdict also names the cheapest design that keeps the hard requirements (every such change applied) and,
     * when even that does not fit, the relaxations of a requirement that would go further.
     *
     * @param relaxations   changes that give up a stated requirement (recovery objectives, the load sized for)
     * @param requirements  the hard requirements the other changes keep, in words
     */
    public static BudgetVerdict verdict(double total, double budget, List<Opportunity> opportunities, List<Opportunity> tradeOffs,
            List<Opportunity> relaxations, List<String> requirements) {
        double gap = budget - total;
        if (gap >= 0) {
            String s = String.format(Locale.ROOT, "Within budget: %s a month against %s, leaving %s (%s) of headroom.",
                    Fmt.usd(total), Fmt.usd(budget), Fmt.usd(gap), Fmt.pct(gap / budget));
            return new BudgetVerdict(budget, total, true, gap, List.of(), total, true, null, s);
        }
        List<Opportunity> all = new ArrayList<>(opportunities);
        all.addAll(tradeOffs);
        all.sort(Comparator.comparingInt(Opportunity::impact).thenComparing(Comparator.comparingDouble(Opportunity::monthlyUsd).reversed()));
        double over = -gap;
        double floorUsd = total - all.stream().mapToDouble(Opportunity::monthlyUsd).sum();
        List<Opportunity> below = relaxations.stream().filter(o -> o.monthlyUsd() > 0)
                .sorted(Comparator.comparingDouble(Opportunity::monthlyUsd).reversed().thenComparing(Opportunity::id)).toList();
        BudgetVerdict.Floor floor = new BudgetVerdict.Floor(requirements, floorUsd, all, floorUsd <= budget, below);
        String keeps = requirements.isEmpty() ? "" : " and keeps " + Fmt.list(requirements);
        for (Opportunity o : all) {
            if (o.monthlyUsd() >= over) {
                String s = String.format(Locale.ROOT, "Over budget by %s (%s against %s). The least disruptive change that fits%s: %s, saving %s a month.",
                        Fmt.usd(over), Fmt.usd(total), Fmt.usd(budget), keeps, lower(o.title()), Fmt.usd(o.monthlyUsd()));
                return new BudgetVerdict(budget, total, false, gap, List.of(o), total - o.monthlyUsd(), true, floor, s);
            }
        }
        List<Opportunity> picked = new ArrayList<>();
        double saved = 0;
        for (Opportunity o : all) {
            picked.add(o);
            saved += o.monthlyUsd();
            if (saved >= over) {
                break;
            }
        }
        boolean fits = saved >= over;
        String s;
        if (fits) {
            s = String.format(Locale.ROOT, "Over budget by %s (%s against %s). No single change fits; these %d together save %s a month%s.",
                    Fmt.usd(over), Fmt.usd(total), Fmt.usd(budget), picked.size(), Fmt.usd(saved), keeps.isEmpty() ? "" : keeps.replace(" and keeps", ", keeping"));
        } else {
            String what = requirements.isEmpty() ? "the requirements (scale, availability, recovery objectives)" : Fmt.list(requirements);
            s = String.format(Locale.ROOT, "Over budget by %s (%s against %s). The cheapest design that keeps %s costs %s a month "
                            + "(every change that keeps them applied), still %s over: the budget needs at least %s, or %s.",
                    Fmt.usd(over), Fmt.usd(total), Fmt.usd(budget), what, Fmt.usd(floorUsd), Fmt.usd(floorUsd - budget), Fmt.usd(floorUsd),
                    below.isEmpty() ? "lower requirements" : "a relaxed requirement (the largest: " + lower(below.get(0).title()) + ", saving "
                            + Fmt.usd(below.get(0).monthlyUsd()) + " a month)");
        }
        return new BudgetVerdict(budget, total, false, gap, picked, total - saved, fits, floor, s);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
