package dev.cloudwright.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Usage;
import org.junit.jupiter.api.Test;

/** Cross-region backup copies have the frequency, retention and size the service really produces, and are priced so. */
class BackupCopiesTest {

    private static Component vault(Design d) {
        return d.architecture().components().stream().filter(c -> c.id().endsWith(".backup-vault")).findFirst().orElseThrow();
    }

    @Test
    void besideAReplicaAWholeDatabaseCopyIsWeekly() {
        // Pilot light: the Aurora global database covers the 1-hour RPO; copies guard against corruption. Each Aurora copy is
        // the whole 800 GB, so once a week, two kept (14 days): 1,600 GB stored, 800 x 30/7 GB a month across regions.
        Design d = ExamplesTest.design("ecommerce.yaml");
        Component v = vault(d);
        assertEquals(168, v.value(Keys.COPY_EVERY_HOURS));
        assertEquals(14, v.value(Keys.COPY_RETENTION_DAYS));
        assertEquals(800 * 2, v.usage(Usage.BACKUP_GB), 1e-6);
        assertEquals(800 * 30 / 7.0, v.usage(Usage.INTERREGION_GB), 1e-6);
        assertTrue(d.disasterRecovery().backups().get(0).contains("copied to eu-west-1 once a week (each copy is the whole database)"),
                d.disasterRecovery().backups().toString());
    }

    @Test
    void aRecoveryRegionGetsEveryBackupAndRdsCopiesAreIncremental() {
        // Backup & restore, RPO 1 day: a daily backup plus its copy could lose 24.5 hours, so backups are hourly, each
        // copied; RDS copies carry the changed blocks (2% a day), whatever their number.
        Design d = ExamplesTest.design("startup.yaml");
        Component v = vault(d);
        assertEquals(1, v.value(Keys.COPY_EVERY_HOURS));
        double size = 20;
        assertEquals(size * (1 + 0.02 * 7), v.usage(Usage.BACKUP_GB), 1e-6);
        assertEquals(size * 0.02 * 30, v.usage(Usage.INTERREGION_GB), 1e-6);
        Component plan = d.architecture().components().stream().filter(c -> c.id().endsWith(".backup")).findFirst().orElseThrow();
        assertEquals(1, plan.value(Keys.BACKUP_EVERY_HOURS));
    }

    @Test
    void intoARecoveryRegionAWholeDatabaseCopyIsDailyAndTheRpoCountsTheDay() {
        // Backup & restore of a 4 TB Aurora database with a 1-hour RPO: hourly full copies would move 4 TB 720 times a
        // month, so one copy a day (a week kept: 7 x 4,000 GB stored, 30 x 4,000 GB moved), and the regional RPO is
        // the daily copy's 24h 30m, which misses 1h: the document names the replica that would meet it and its price.
        // At 99.99% the database is Aurora (RDS Multi-AZ commits to 99.95%).
        Design d = DesignSizingTest.design(dev.cloudwright.TestFiles.read(dev.cloudwright.TestFiles.example("claims-archive.yaml"))
                .replace("availability: 99.95", "availability: 99.99"));
        Component v = vault(d);
        assertEquals(24, v.value(Keys.COPY_EVERY_HOURS));
        assertEquals(7 * 4000, v.usage(Usage.BACKUP_GB), 1e-6);
        assertEquals(30 * 4000, v.usage(Usage.INTERREGION_GB), 1e-6);
        assertEquals(88_200, d.disasterRecovery().evaluations().get(0).rpoSeconds());
        assertTrue(d.disasterRecovery().backups().get(0).contains("copied to eu-west-1 once a day"), d.disasterRecovery().backups().toString());
        String reason = d.disasterRecovery().reason();
        assertTrue(reason.contains("it misses RPO 1h.") && !reason.contains("RTO 8h"), reason);
        assertTrue(reason.contains("would allow pilot light") && reason.contains("a month less than the backup copies cost"), reason);
    }
}
