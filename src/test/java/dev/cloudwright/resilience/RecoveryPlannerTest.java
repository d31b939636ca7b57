package dev.cloudwright.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.requirements.RequirementsParser;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecoveryPlannerTest {
    /** An Aurora-backed container service with a cache, no object storage, 800 GB of data. */
    static final RecoveryFacts AURORA = new RecoveryFacts("aurora", 800, true, true, false);
    static final Map<Strategy, Double> COSTS = new EnumMap<>(Map.of(
            Strategy.BACKUP_RESTORE, 50.0, Strategy.PILOT_LIGHT, 400.0, Strategy.WARM_STANDBY, 1400.0, Strategy.ACTIVE_ACTIVE, 4000.0));
    final RecoveryPlanner planner = new RecoveryPlanner();

    static long secs(String d) {
        return RequirementsParser.parseDuration(d).orElseThrow();
    }

    @ParameterizedTest(name = "RPO {0}, RTO {1} -> {2}")
    @CsvSource({
        "1d,   1d,  BACKUP_RESTORE, true",
        "2h,   4h,  BACKUP_RESTORE, true",
        "1h,   4h,  PILOT_LIGHT,    true",
        "15m,  1h,  PILOT_LIGHT,    true",
        "1m,   30m, WARM_STANDBY,   true",
        "1s,   10m, ACTIVE_ACTIVE,  true",
        "0s,   10m, ACTIVE_ACTIVE,  false",
        "1h,   1m,  ACTIVE_ACTIVE,  false",
    })
    void choosesTheCheapestStrategyMeetingBothTargets(String rpo, String rto, Strategy expected, boolean met) {
        RecoveryPlanner.Choice c = planner.choose(AURORA, secs(rpo), secs(rto), COSTS, List.of(Strategy.values()));
        assertEquals(expected, c.strategy());
        assertEquals(met, c.met());
    }

    @Test
    void backupAndRestoreRtoGrowsWithDataSize() {
        StrategyEvaluation small = planner.evaluate(Strategy.BACKUP_RESTORE, new RecoveryFacts("aurora", 100, false, true, false), 86400, 86400, 0);
        StrategyEvaluation big = planner.evaluate(Strategy.BACKUP_RESTORE, new RecoveryFacts("aurora", 2000, false, true, false), 86400, 86400, 0);
        assertEquals(95, big.rtoMinutes() - small.rtoMinutes(), 1e-9, "5 minutes per 100 GB");
    }

    @Test
    void rtoIsTheSumOfTheCountedSteps() {
        for (Strategy s : Strategy.values()) {
            StrategyEvaluation e = planner.evaluate(s, AURORA, 3600, 3600, 0);
            double sum = e.steps().stream().filter(RecoveryStep::counted).mapToDouble(RecoveryStep::minutes).sum();
            assertEquals(sum, e.rtoMinutes(), 1e-9, s.name());
            assertFalse(e.steps().isEmpty());
        }
    }

    @Test
    void objectStorageReplicationSetsThePilotLightRpo() {
        StrategyEvaluation withObjects = planner.evaluate(Strategy.PILOT_LIGHT, new RecoveryFacts("aurora", 800, true, true, true), 3600, 3600, 0);
        assertEquals(900, withObjects.rpoSeconds());
        assertTrue(withObjects.rpoBasis().contains("Replication Time Control"));
        StrategyEvaluation rds = planner.evaluate(Strategy.PILOT_LIGHT, new RecoveryFacts("rds", 800, true, true, false), 3600, 3600, 0);
        assertEquals(60, rds.rpoSeconds());
    }

    @Test
    void strategiesGetFasterInOrder() {
        double last = Double.MAX_VALUE;
        for (Strategy s : Strategy.values()) {
            StrategyEvaluation e = planner.evaluate(s, AURORA, 3600, 3600, 0);
            assertTrue(e.rtoMinutes() < last, s + " should recover faster than the strategy before it");
            last = e.rtoMinutes();
        }
    }

    @Test
    void singleRegionAllowsOnlyBackupAndRestoreAndReportsTheMiss() {
        RecoveryPlanner.Choice c = planner.choose(AURORA, secs("5m"), secs("30m"), COSTS, List.of(Strategy.BACKUP_RESTORE));
        assertEquals(Strategy.BACKUP_RESTORE, c.strategy());
        assertFalse(c.met());
    }

    @Test
    void functionsNeedNoComputeStartStep() {
        StrategyEvaluation servers = planner.evaluate(Strategy.PILOT_LIGHT, new RecoveryFacts("dynamodb", 10, false, true, false), 60, 3600, 0);
        StrategyEvaluation functions = planner.evaluate(Strategy.PILOT_LIGHT, new RecoveryFacts("dynamodb", 10, false, false, false), 60, 3600, 0);
        assertTrue(functions.rtoMinutes() < servers.rtoMinutes());
    }
}
