package dev.cloudwright.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Usage;
import dev.cloudwright.requirements.RequirementsParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Classes of sizing defect, each on a workload that exercises it: database and cache sized for different parts of the
 * hot set, fixed costs a small workload cannot use, replicas and shards only when a load needs them, capacity after a
 * failover, and one traffic basis for sizing and pricing. Figures are worked from the assumptions table.
 */
class DesignSizingTest {

    static Design design(String yaml) {
        return new Designer().design(RequirementsParser.parse("t.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Component component(Design d, String id) {
        return d.architecture().component(id).orElseThrow(() -> new AssertionError("no " + id));
    }

    /** A regulated workload: a 4 TB database and a few hundred requests a second. */
    private static final String LARGE_DB_MODEST_TRAFFIC = """
            name: Claims archive
            regions: [eu-central-1]
            environment: production
            workload:
              requests_per_day: 8000000
              peak_factor: 3
              read_ratio: 0.8
              avg_response_kb: 8
              database: { engine: postgresql, size_gb: 4000 }
              %s
            availability: 99.95
            recovery: { rpo: 1h, rto: 8h }
            compliance: [gdpr]
            """;

    @Test
    void aLargeDatabaseWithModestTrafficKeepsOnlyWhatItsQueriesTouchInMemory() {
        // 8M/day x 3 = 278 requests/s, 833 queries/s. Without a cache the 200 GB hot set (5% of 4 TB) is bounded by what
        // 833 queries/s x 16 KB touch in an hour: 45.8 GB, 61 GB of instance memory at 75% usable.
        Design d = design(LARGE_DB_MODEST_TRAFFIC.formatted(""));
        DataSizer.Relational r = d.data().relational();
        assertEquals(833.0 * 16 * 3600 / (1024 * 1024) / 0.75, r.memoryNeedGb(), 0.5);
        assertTrue(r.instanceClass().memoryGib() <= 128, r.instanceClass().sku());
        assertTrue(r.instanceClass().vcpu() <= 16, r.instanceClass().sku() + " for " + Math.round(r.writeQps() + r.readQps()) + " queries/s");
    }

    @Test
    void withACacheTheDatabaseAndTheCacheDoNotBothHoldTheHotSet() {
        Design d = design(LARGE_DB_MODEST_TRAFFIC.formatted("cache: redis"));
        DataSizer.Relational r = d.data().relational();
        DataSizer.Cache c = d.data().cache();
        double queries = 833.3;
        double dbQueries = queries * 0.2 + queries * 0.8 * 0.2; // writes + the reads the cache misses (80% hit ratio)
        assertEquals(dbQueries, r.writeQps() + r.readQps(), 0.5);
        // The database keeps the share of the hot set its own queries touch; the cache holds the hot set for the reads.
        double dbInMemory = r.memoryNeedGb() * 0.75;
        assertEquals(Math.min(200 * dbQueries / queries, dbQueries * 16 * 3600 / (1024 * 1024)), dbInMemory, 0.5);
        assertTrue(dbInMemory < c.memoryNeedGb() / 2, dbInMemory + " GB in the database, " + c.memoryNeedGb() + " GB in the cache");
        assertEquals(1, c.replicasPerShard(), "one replica per shard meets the Multi-AZ SLA; the read load does not need more");
    }

    @Test
    void aSmallSpikyWorkloadCarriesNoFixedCostItCannotUse() {
        Design d = design("""
                name: Spiky
                regions: [us-east-1]
                environment: production
                workload:
                  requests_per_day: 50000
                  peak_factor: 10
                  read_ratio: 0.8
                  avg_response_kb: 10
                  database: { engine: postgresql, size_gb: 10 }
                availability: 99.9
                recovery: { rpo: 24h, rto: 24h }
                """);
        assertTrue(d.architecture().components().stream().noneMatch(c -> c.service().equals("aws.rds-proxy")), "no proxy for a few connections");
        Component nat = component(d, "us-east-1.nat");
        assertEquals(1, nat.sizing().count(), "one NAT gateway meets a 99.9% target");
        Component fn = component(d, "us-east-1.app");
        assertEquals(d.data().relational().connectionBudget(), fn.value(Keys.RESERVED_CONCURRENCY),
                "without a proxy the functions' concurrency is bounded by the database's connection budget");
        // The robust options are offered, priced, not chosen.
        Design.Decision nats = d.decisions().stream().filter(x -> x.title().equals("Outbound internet access")).findFirst().orElseThrow();
        assertTrue(nats.alternatives().stream().anyMatch(a -> a.option().equals("One NAT gateway per zone") && !a.chosen() && a.monthlyUsd() > 60));
        Design.Decision conns = d.decisions().stream().filter(x -> x.title().equals("Database connections")).findFirst().orElseThrow();
        assertTrue(conns.alternatives().stream().anyMatch(a -> a.option().equals("RDS Proxy") && !a.chosen() && a.monthlyUsd() > 0));
    }

    @Test
    void aHighAvailabilityTargetKeepsEachZoneIndependent() {
        Design d = design("""
                name: Steady
                regions: [us-east-1]
                environment: production
                workload:
                  requests_per_day: 5000000
                  database: { engine: postgresql, size_gb: 100 }
                availability: 99.99
                recovery: { rpo: 1h, rto: 4h }
                """);
        assertEquals(3, component(d, "us-east-1.nat").sizing().count());
    }

    @Test
    void cacheShardsAndReplicasFollowMemoryAndLoadOnly() {
        // A small hot set (5% of 40 GB = 2 GB) at a high read rate: one shard; replicas beyond one only for the reads.
        Design d = design("""
                name: Hot reads
                regions: [us-east-1]
                environment: production
                workload:
                  requests_per_day: 4000000000
                  peak_factor: 2
                  read_ratio: 0.99
                  avg_response_kb: 1
                  database: { engine: postgresql, size_gb: 40 }
                  cache: redis
                availability: 99.99
                recovery: { rpo: 1h, rto: 4h }
                """);
        DataSizer.Cache c = d.data().cache();
        double reads = 4e9 / 86400 * 2 * 3 * 0.99; // 275,000 reads/s
        double nodeOps = c.node().vcpu() * DataSizer.CACHE_OPS_PER_VCPU;
        assertEquals(Math.max(1, (int) Math.ceil(reads / c.shards() / nodeOps) - 1), c.replicasPerShard(), c.reason());
        assertTrue(c.replicasPerShard() > 1, c.reason());
        assertTrue(c.reason().contains("and the read load"), c.reason());
    }

    @Test
    void auroraKeepsOneInstanceMoreThanTheLoadNeedsAndWarnsWhenAColdCacheOverloadsIt() {
        Design d = design("""
                name: Busy
                regions: [us-east-1, us-west-2]
                environment: production
                workload:
                  requests_per_day: 200000000
                  peak_factor: 2
                  read_ratio: 0.9
                  avg_response_kb: 10
                  database: { engine: postgresql, size_gb: 500 }
                  cache: redis
                availability: 99.99
                recovery: { rpo: 15m, rto: 1h }
                """);
        DataSizer.Relational r = d.data().relational();
        assertEquals("aws.aurora", r.service());
        double perInstance = r.instanceClass().vcpu() * 500 * 0.7;
        double load = r.writeQps() + r.readQps();
        // The instances left after the writer fails (and a reader is promoted) carry the load.
        assertTrue((r.instanceCount() - 1) * perInstance >= load, r.instanceCount() + " x " + r.instanceClass().sku() + " for " + load);
        // 4,630 requests/s x 3 queries, 90% reads: with a cold cache all 12,500 reads reach the database.
        double cold = 200e6 / 86400 * 2 * 3;
        double serves = r.instanceCount() * r.instanceClass().vcpu() * 500;
        assertEquals(cold > serves, r.notes().stream().anyMatch(n -> n.startsWith("With a cold cache")), r.notes().toString());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("A recovery region's database starts as one")), r.notes().toString());
    }

    @Test
    void perRequestChargesAreForTheTrafficTheDesignIsSizedFor() {
        // 1M/day x 3 = 35 requests/s by volume; 20,000 users / 10.2 s = 1,961 requests/s: sized for the users.
        Design d = design("""
                name: Two bases
                regions: [us-east-1]
                environment: production
                workload:
                  requests_per_day: 1000000
                  concurrent_users: 20000
                  think_time_seconds: 10
                  peak_factor: 3
                  avg_response_kb: 20
                  static_content_gb: 10
                  database: { engine: postgresql, size_gb: 50 }
                availability: 99.9
                recovery: { rpo: 24h, rto: 24h }
                """);
        Capacity cap = d.capacity();
        assertEquals("concurrent_users", cap.basis());
        double sized = cap.peakRps() / 3 * Capacity.SECONDS_PER_MONTH;
        assertEquals(sized, cap.monthlyRequests(), 1);
        for (Component c : d.architecture().components()) {
            if (c.usage().containsKey(Usage.REQUESTS) && c.region().equals("us-east-1") || c.placement().isGlobal() && c.usage().containsKey(Usage.REQUESTS)) {
                assertEquals(sized, c.usage(Usage.REQUESTS), 1, c.id() + " bills another volume than it was sized for");
            }
        }
        assertNotNull(d.otherBasis());
        assertEquals("requests_per_day", d.otherBasis().basis());
        assertEquals(1e6 / 86400 * Capacity.SECONDS_PER_MONTH, d.otherBasis().monthlyRequests(), 1);
        assertTrue(d.otherBasis().monthlyUsd() < d.cost().monthlyUsd(), "the smaller volume bills less for the same fleet");
    }

    @Test
    void agreeingInputsHaveNoSecondBasis() {
        Design d = design("""
                name: One basis
                regions: [us-east-1]
                environment: production
                workload:
                  requests_per_day: 1000000
                  database: { engine: postgresql, size_gb: 50 }
                availability: 99.9
                recovery: { rpo: 24h, rto: 24h }
                """);
        assertNull(d.otherBasis());
        assertFalse(d.warnings().stream().anyMatch(w -> w.contains("disagree")));
    }
}
