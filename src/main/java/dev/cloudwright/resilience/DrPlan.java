package dev.cloudwright.resilience;

import java.util.List;

/**
 * The disaster-recovery decision.
 *
 * @param targetRpoSeconds   the requirement
 * @param targetRtoSeconds   the requirement
 * @param strategy           the chosen strategy
 * @param met                the chosen strategy meets both targets
 * @param recoveryRegion     the region recovered into
 * @param regionProvided     the recovery region was listed in the requirements (false: proposed by the design)
 * @param reason             why this strategy
 * @param evaluations        every strategy, evaluated for this architecture
 * @param backups            backup strategy lines
 * @param notes              caveats
 */
public record DrPlan(long targetRpoSeconds, long targetRtoSeconds, Strategy strategy, boolean met, String recoveryRegion,
        boolean regionProvided, String reason, List<StrategyEvaluation> evaluations, List<String> backups, List<String> notes) {

    public StrategyEvaluation chosen() {
        return evaluations.stream().filter(e -> e.strategy() == strategy).findFirst().orElseThrow();
    }
}
