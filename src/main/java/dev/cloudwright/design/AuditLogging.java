package dev.cloudwright.design;

import dev.cloudwright.core.DataFile;
import dev.cloudwright.core.Tsv;
import dev.cloudwright.requirements.Requirements;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The audit logs a design keeps ({@code compliance/audit-logs.tsv}): how long (the longest period a regime in scope requires,
 * else the default of the environment, and the CloudWatch Logs retention that covers it), and whether access to the data
 * itself is recorded.
 *
 * @param days       days the log archive keeps every object (and object lock protects it)
 * @param basis      the rule the period comes from
 * @param regulated  a compliance regime sets the period (the log groups of audit logs then keep it too)
 * @param dataAccess a regime in scope asks for a record of access to the data: object-level trail events, database activity
 */
record AuditLogging(int days, String basis, boolean regulated, boolean dataAccess) {
    private static final Supplier<List<Tsv.Row>> ROWS = DataFile.lazy("dev/cloudwright/compliance/audit-logs.tsv", rows -> rows);

    static AuditLogging of(Requirements req) {
        Tsv.Row best = null;
        boolean dataAccess = false;
        for (Tsv.Row r : ROWS.get()) {
            String scope = r.get("scope");
            if (req.compliance().stream().anyMatch(c -> c.id().equals(scope))) {
                dataAccess |= r.get("data_access").equals("yes");
                if (best == null || days(r) > days(best)) {
                    best = r;
                }
            }
        }
        if (best != null) {
            return new AuditLogging(days(best), best.get("basis"), true, dataAccess);
        }
        String scope = req.production() ? "production" : "other";
        Tsv.Row d = ROWS.get().stream().filter(r -> r.get("scope").equals(scope)).findFirst()
                .orElseThrow(() -> new IllegalStateException("compliance/audit-logs.tsv has no row for " + scope));
        return new AuditLogging(days(d), d.get("basis"), false, false);
    }

    private static int days(Tsv.Row r) {
        return Integer.parseInt(r.get("days"));
    }

    /**
     * The retention of a CloudWatch Logs group holding audit logs: the shortest period CloudWatch accepts that is at least
     * {@link #days}; null when no regime sets the period (the modules' defaults stand).
     */
    Integer logGroupDays() {
        return regulated ? logGroupDays(days) : null;
    }

    /** The shortest CloudWatch Logs retention ({@code aws/defaults.tsv}) of at least {@code days}. */
    static int logGroupDays(int days) {
        return Arrays.stream(ProviderFacts.choice("cloudwatch.retention_days").split(" ")).mapToInt(Integer::parseInt)
                .filter(v -> v >= days).min()
                .orElseThrow(() -> new IllegalArgumentException("CloudWatch Logs keeps logs at most 3653 days or forever, not " + days));
    }
}
