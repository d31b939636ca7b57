package dev.cloudwright.pricing;

import dev.cloudwright.core.Fmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The budget verdict: within budget, or over it with the least disruptive changes that would fit. */
public final class Budget {
    private Budget() {}

    /**
     * Candidates are tried from the least disruptive (pricing-only commitments) to the most (design
     * trade-offs). If one change alone closes the gap, the least disruptive such change is proposed;
     * otherwise changes are accumulated in that order until the design fits or they run out.
     */
    public static BudgetVerdict verdict(double total, double budget, List<Opportunity> opportunities, List<Opportunity> tradeOffs) {
        double gap = budget - total;
        if (gap >= 0) {
            String s = String.format(Locale.ROOT, "Within budget: %s a month against %s, leaving %s (%s) of headroom.",
                    Fmt.usd(total), Fmt.usd(budget), Fmt.usd(gap), Fmt.pct(gap / budget));
            return new BudgetVerdict(budget, total, true, gap, List.of(), total, true, s);
        }
        List<Opportunity> all = new ArrayList<>(opportunities);
        all.addAll(tradeOffs);
        all.sort(Comparator.comparingInt(Opportunity::impact).thenComparing(Comparator.comparingDouble(Opportunity::monthlyUsd).reversed()));
        double over = -gap;
        for (Opportunity o : all) {
            if (o.monthlyUsd() >= over) {
                String s = String.format(Locale.ROOT, "Over budget by %s (%s against %s). The least disruptive change that fits: %s, saving %s a month.",
                        Fmt.usd(over), Fmt.usd(total), Fmt.usd(budget), lower(o.title()), Fmt.usd(o.monthlyUsd()));
                return new BudgetVerdict(budget, total, false, gap, List.of(o), total - o.monthlyUsd(), true, s);
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
        String s = fits
                ? String.format(Locale.ROOT, "Over budget by %s (%s against %s). No single change fits; these %d together save %s a month.",
                        Fmt.usd(over), Fmt.usd(total), Fmt.usd(budget), picked.size(), Fmt.usd(saved))
                : String.format(Locale.ROOT, "Over budget by %s (%s against %s), and every listed change together saves only %s: "
                        + "the requirements (scale, availability, recovery objectives) need a budget of at least %s, or lower targets.",
                        Fmt.usd(over), Fmt.usd(total), Fmt.usd(budget), Fmt.usd(saved), Fmt.usd(total - saved));
        return new BudgetVerdict(budget, total, false, gap, picked, total - saved, fits, s);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
