package dev.cloudwright.resilience;

import java.util.List;

/**
 * How one strategy performs for this architecture.
 *
 * @param strategy      the strategy
 * @param rpoSeconds    data that can be lost, in seconds
 * @param rpoBasis      which mechanism sets the RPO
 * @param rtoMinutes    time to restore service (sum of counted steps)
 * @param steps         the failover procedure
 * @param meetsRpo      RPO within target
 * @param meetsRto      RTO within target
 * @param monthlyUsd    what the strategy adds to the monthly bill (recovery-region resources and replication)
 */
public record StrategyEvaluation(Strategy strategy, long rpoSeconds, String rpoBasis, double rtoMinutes, List<RecoveryStep> steps,
        boolean meetsRpo, boolean meetsRto, double monthlyUsd) {

    public boolean meets() {
        return meetsRpo && meetsRto;
    }
}
