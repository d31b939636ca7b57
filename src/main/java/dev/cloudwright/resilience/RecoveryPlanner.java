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
            boolean automated, String basis) {}

    record Replication(String mechanism, long rpoSeconds, String confidence) {}

    private final List<StepRow> steps = new ArrayList<>();
    private final Map<String, Replication> replication = new java.util.HashMap<>();

    public RecoveryPlanner() {
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/recovery-steps.tsv")) {
            Strategy s = byId(r.get("strategy"));
            steps.add(new StepRow(s, r.integer("order"), r.get("step"), r.number("minutes"), r.number("per_100gb"), r.get("applies"),
                    r.get("counted").equals("yes"), r.get("automated").equals("yes"), r.get("basis") + ": " + r.get("source")));
        }
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/replication.tsv")) {
            replication.put(r.get("store"), new Replication(r.get("mechanism"), (long) r.number("rpo_seconds"), r.get("confidence")));
        }
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
            Replication b = rpoTarget >= daily.rpoSeconds() ? daily : hourly;
            rpo = b.rpoSeconds();
            basis = b.mechanism();
        } else {
            rpo = 0;
            basis = "no data of record to replicate";
            if (f.dataStore() != null) {
                Replication r = replication.get(f.dataStore());
                rpo = r.rpoSeconds();
                basis = r.mechanism();
            }
            if (f.objects()) {
                Replication r = replication.get("s3");
                if (r.rpoSeconds() > rpo) {
                    rpo = r.rpoSeconds();
                    basis = r.mechanism();
                }
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
            out.add(new RecoveryStep(++n, row.action(), minutes, row.counted(), row.automated(), row.basis()));
            if (row.counted()) {
                rto += minutes;
            }
        }
        return new StrategyEvaluation(s, rpo, basis, rto, List.copyOf(out), rpo <= rpoTarget, rto * 60 <= rtoTarget, monthlyUsd);
    }

    /**
     * Evaluates every strategy and chooses: the cheapest meeting both targets among those
     * {@code allowed}; when none does, the allowed one that comes closest (the fastest).
     */
    public Choice choose(RecoveryFacts f, long rpoTarget, long rtoTarget, Map<Strategy, Double> monthlyUsd, List<Strategy> allowed) {
        Map<Strategy, StrategyEvaluation> evals = new EnumMap<>(Strategy.class);
        for (Strategy s : Strategy.values()) {
            evals.put(s, evaluate(s, f, rpoTarget, rtoTarget, monthlyUsd.getOrDefault(s, 0.0)));
        }
        StrategyEvaluation best = null;
        for (Strategy s : allowed) {
            StrategyEvaluation e = evals.get(s);
            if (e.meets() && (best == null || e.monthlyUsd() < best.monthlyUsd())) {
                best = e;
            }
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
        return new Choice(best.strategy(), met, List.copyOf(evals.values()));
    }

    /** Shortfall against the targets, for choosing the closest when none meets them. */
    private static double score(StrategyEvaluation e, long rpoTarget, long rtoTarget) {
        double rpoMiss = Math.max(0, e.rpoSeconds() - rpoTarget) / (double) Math.max(1, rpoTarget);
        double rtoMiss = Math.max(0, e.rtoMinutes() * 60 - rtoTarget) / (double) Math.max(1, rtoTarget);
        return rpoMiss + rtoMiss;
    }

    public record Choice(Strategy strategy, boolean met, List<StrategyEvaluation> evaluations) {}
}
