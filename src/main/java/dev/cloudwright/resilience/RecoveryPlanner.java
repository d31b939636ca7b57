package dev.cloudwright.resilience;

import dev.cloudwright.core.Tsv;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the four disaster-recovery strategies for an architecture (RPO from the replication
 * mechanisms, RTO from the failover steps in the bundled data) and picks the cheapest that meets
 * both targets.
 */
public final class RecoveryPlanner {

    record StepRow(Strategy strategy, int order, String action, double minutes, double per100Gb, String applies, boolean counted,
            boolean automated, String basis, String command) {}

    /** A mechanism's typical lag, and the bound an option of the service guarantees (0: none). */
    record Replication(String mechanism, long rpoSeconds, long boundSeconds, String boundOption, boolean boundInDesign, String confidence) {}

    private final List<StepRow> steps = new ArrayList<>();
    private final Map<String, Replication> replication = new java.util.HashMap<>();

    public RecoveryPlanner() {
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/recovery-steps.tsv")) {
            Strategy s = byId(r.get("strategy"));
            steps.add(new StepRow(s, r.integer("order"), r.get("step"), r.number("minutes"), r.number("per_100gb"), r.get("applies"),
                    r.get("counted").equals("yes"), r.get("automated").equals("yes"), r.get("basis") + ": " + r.get("source"), r.get("command")));
        }
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/replication.tsv")) {
            replication.put(r.get("store"), new Replication(r.get("mechanism"), (long) r.number("typical_rpo_seconds"),
                    (long) r.number("bound_seconds"), r.get("bound_option"), r.get("bound_in_design").equals("yes"), r.get("confidence")));
        }
    }

    /**
     * The figure used and how sure it is: the typical lag; guaranteed by the service's bounded option when the target
     * allows its bound, otherwise typical only (the option cannot promise less).
     */
    private static String lag(Replication r, long rpoTarget) {
        String typical = "typical lag " + dev.cloudwright.core.Fmt.duration(r.rpoSeconds());
        if (r.boundSeconds() <= 0) {
            return typical + ", no published bound";
        }
        if (rpoTarget >= r.boundSeconds()) {
            return typical + (r.boundInDesign() ? ", guaranteed within " + dev.cloudwright.core.Fmt.duration(r.boundSeconds()) + " by " + r.boundOption()
                    : "; " + r.boundOption() + " can guarantee " + dev.cloudwright.core.Fmt.duration(r.boundSeconds()) + " or more");
        }
        return typical + " (not guaranteed: " + r.boundOption() + " bounds it at " + dev.cloudwright.core.Fmt.duration(r.boundSeconds())
                + ", above the target)";
    }

    static Strategy byId(String id) {
        for (Strategy s : Strategy.values()) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown strategy " + id);
    }

    /** Evaluates one strategy; {@code rpoTarget} picks the backup frequency for backup & restore. */
    public StrategyEvaluation evaluate(Strategy s, RecoveryFacts f, long rpoTarget, long rtoTarget, double monthlyUsd) {
        long rpo;
        String basis;
        if (s == Strategy.BACKUP_RESTORE) {
            Replication daily = replication.get("backup-daily");
            Replication hourly = replication.get("backup");
            Replication b = rpoTarget >= daily.rpoSeconds() || f.fullCopies() ? daily : hourly;
            rpo = b.rpoSeconds();
            basis = b.mechanism() + (f.fullCopies() && rpoTarget < daily.rpoSeconds()
                    ? "; each copy is the whole database, so copies run daily rather than after every hourly backup" : "");
        } else {
            rpo = 0;
            basis = "no data of record to replicate";
            List<Replication> used = new ArrayList<>();
            if (f.dataStore() != null) {
                used.add(replication.get(f.dataStore()));
            }
            if (f.objects()) {
                used.add(replication.get("s3"));
            }
            for (Replication r : used) {
                rpo = Math.max(rpo, r.rpoSeconds());
            }
            if (!used.isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (Replication r : used) {
                    parts.add(r.mechanism() + ": " + lag(r, rpoTarget));
                }
                basis = String.join("; ", parts);
            }
        }
        List<RecoveryStep> out = new ArrayList<>();
        double rto = 0;
        int n = 0;
        for (StepRow row : steps) {
            if (row.strategy() != s || !f.applies(row.applies())) {
                continue;
            }
            double minutes = row.minutes() + row.per100Gb() * f.dataGb() / 100.0;
            minutes = Math.ceil(minutes);
            out.add(new RecoveryStep(++n, row.action(), minutes, row.counted(), row.automated(), row.basis(), row.command()));
            if (row.counted()) {
                rto += minutes;
            }
        }
        return new StrategyEvaluation(s, rpo, basis, rto, List.copyOf(out), rpo <= rpoTarget, rto * 60 <= rtoTarget, monthlyUsd);
    }

    /**
     * Evaluates every strategy and chooses among those {@code allowed}: the cheapest meeting both targets whose
     * failover also fits in the downtime the availability target allows in a month ({@code downtimeMinutes}); when
     * none fits that allowance, the cheapest meeting both targets (a regional outage then breaches the month whatever
     * the strategy, and the choice says so); when none meets the targets, the one that comes closest.
     */
    public Choice choose(RecoveryFacts f, long rpoTarget, long rtoTarget, double downtimeMinutes, Map<Strategy, Double> monthlyUsd,
            List<Strategy> allowed) {
        Map<Strategy, StrategyEvaluation> evals = new EnumMap<>(Strategy.class);
        for (Strategy s : Strategy.values()) {
            evals.put(s, evaluate(s, f, rpoTarget, rtoTarget, monthlyUsd.getOrDefault(s, 0.0)));
        }
        StrategyEvaluation best = cheapest(evals, allowed, e -> e.meets() && e.rtoMinutes() <= downtimeMinutes);
        boolean fits = best != null;
        if (best == null) {
            best = cheapest(evals, allowed, StrategyEvaluation::meets);
        }
        boolean met = best != null;
        if (best == null) {
            for (Strategy s : allowed) {
                StrategyEvaluation e = evals.get(s);
                if (best == null || score(e, rpoTarget, rtoTarget) < score(best, rpoTarget, rtoTarget)) {
                    best = e;
                }
            }
        }
        return new Choice(best.strategy(), met, fits, downtimeMinutes, List.copyOf(evals.values()));
    }

    private static StrategyEvaluation cheapest(Map<Strategy, StrategyEvaluation> evals, List<Strategy> allowed,
            java.util.function.Predicate<StrategyEvaluation> ok) {
        StrategyEvaluation best = null;
        for (Strategy s : allowed) {
            StrategyEvaluation e = evals.get(s);
            if (ok.test(e) && (best == null || e.monthlyUsd() < best.monthlyUsd())) {
                best = e;
            }
        }
        return best;
    }

    /** Shortfall against the targets, for choosing the closest when none meets them. */
    private static double score(StrategyEvaluation e, long rpoTarget, long rtoTarget) {
        double rpoMiss = Math.max(0, e.rpoSeconds() - rpoTarget) / (double) Math.max(1, rpoTarget);
        double rtoMiss = Math.max(0, e.rtoMinutes() * 60 - rtoTarget) / (double) Math.max(1, rtoTarget);
        return rpoMiss + rtoMiss;
    }

    /**
     * @param met             the strategy meets the RPO and RTO
     * @param fitsDowntime    its failover also fits in the month's downtime allowance
     * @param downtimeMinutes the downtime the availability target allows in a month
     */
    public record Choice(Strategy strategy, boolean met, boolean fitsDowntime, double downtimeMinutes, List<StrategyEvaluation> evaluations) {}
}
