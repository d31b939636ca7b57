package dev.cloudwright.design;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.StorageConfig;
import dev.cloudwright.model.InstanceCatalog;
import dev.cloudwright.model.InstanceCatalog.InstanceType;
import dev.cloudwright.model.Placement;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.model.Usage;
import dev.cloudwright.pricing.AwsCostModel;
import dev.cloudwright.pricing.PriceCatalog;
import dev.cloudwright.pricing.PriceKeys;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.Requirements.CacheEngine;
import dev.cloudwright.requirements.Requirements.DatabaseEngine;
import dev.cloudwright.resilience.SlaCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Sizes the data tier: database service and class, replicas, storage, and the cache. */
public final class DataSizer {
    /** PostgreSQL's default max_connections on RDS: LEAST(DBInstanceClassMemory / 9,531,392, 5,000). */
    static final double PG_BYTES_PER_CONNECTION = 9_531_392;
    /** MySQL's default max_connections on RDS: DBInstanceClassMemory / 12,582,880. */
    static final double MYSQL_BYTES_PER_CONNECTION = 12_582_880;
    static final int MAX_CONNECTIONS_CAP = 5000;
    /** Keep application pools within this share of max_connections. */
    static final double CONNECTION_BUDGET = 0.8;
    /** AWS guidance: Aurora I/O-Optimized pays off when I/O exceeds 25% of the Aurora bill. */
    static final double IO_OPTIMIZED_THRESHOLD = 0.25;
    /**
     * Burstable (t-class) instances sustain about 20% of their 2 vCPUs: they are used in production only
     * when the peak load stays under that baseline, so CPU credits only absorb spikes.
     */
    static final double BURSTABLE_BASELINE_VCPU = 0.4;
    /** Heuristic: one cache vCPU serves tens of thousands of simple reads and writes a second. */
    static final double CACHE_OPS_PER_VCPU = 50_000;
    /** Aurora clusters hold at most 15 replicas. */
    static final int MAX_REPLICAS = 15;

    private final Requirements req;
    private final Capacity cap;
    private final Assumptions a;
    private final AwsCostModel costs;
    private final SlaCatalog slas = SlaCatalog.aws();
    private final InstanceCatalog instances = InstanceCatalog.aws();

    DataSizer(Requirements req, Capacity cap, Assumptions a, AwsCostModel costs) {
        this.req = req;
        this.cap = cap;
        this.a = a;
        this.costs = costs;
    }

    /** One relational offering that was considered. */
    /** {@code monthlyUsd} is null when the price catalog has no class of this offering large enough to size it. */
    public record Offering(String label, String service, boolean multiAz, double slaPercent, Double monthlyUsd, boolean meetsTarget) {}

    /** The relational database design. */
    public record Relational(String service, Engine engine, InstanceType instanceClass, boolean multiAz, int readers, StorageConfig storageConfig,
            double storageGb, double ioRequests, double backupGb, int retentionDays, boolean proxy, double writeQps, double readQps,
            double memoryNeedGb, int connectionsNeeded, int maxConnections, double slaPercent, String reason,
            List<Offering> offerings, List<String> notes) {

        public int instanceCount() {
            return 1 + readers;
        }

        /** Connections the application may open without a proxy: a share of max_connections. */
        public int connectionBudget() {
            return (int) Math.floor(maxConnections * CONNECTION_BUDGET);
        }
    }

    /** The key-value (NoSQL) design. */
    public record KeyValue(double readUnits, double writeUnits, double storageGb, boolean pitr, int retentionDays, double writeRps,
            double readRps, String reason) {}

    /** The cache design. */
    public record Cache(Engine engine, InstanceType node, int shards, int replicasPerShard, double memoryNeedGb, double opsPerSecond,
            String reason, List<String> alternatives) {

        public int nodes() {
            return shards * (1 + replicasPerShard);
        }

        public boolean clusterMode() {
            return shards > 1;
        }
    }

    int retentionDays() {
        if (!req.production()) {
            return req.environment() == Requirements.Environment.STAGING ? 7 : 1;
        }
        return req.compliance().isEmpty() ? 14 : 35;
    }

    double queriesPerSecondPeak() {
        return cap.peakRps() * a.get("db_queries_per_request");
    }

    // ------------------------------------------------------------------ relational

    Relational relational(int maxAppConnections, boolean serverlessCompute) {
        DatabaseEngine eng = req.workload().database().engine();
        Engine engine = eng == DatabaseEngine.MYSQL ? Engine.MYSQL : Engine.POSTGRESQL;
        double size = req.workload().database().sizeGb();
        double qps = queriesPerSecondPeak();
        double reads = qps * req.workload().readRatio();
        double writes = qps - reads;
        double dbReads = req.workload().cache() != CacheEngine.NONE ? reads * (1 - a.get("cache_hit_ratio")) : reads;
        double perVcpu = a.get("db_queries_per_vcpu") * a.get("target_utilisation");
        double writerVcpu = writes / perVcpu;
        double memNeed = inMemoryGb(qps, writes + dbReads) / a.get("db_memory_usable");
        int connections = maxAppConnections;
        List<String> notes = new ArrayList<>();

        // Offerings in increasing price: the cheapest whose SLA meets the availability target wins.
        double target = req.availability();
        List<Offering> offerings = new ArrayList<>();
        String[][] candidates = {
            {"RDS Single-AZ", "aws.rds", "false", "aws.rds.single-az"},
            {"RDS Multi-AZ", "aws.rds", "true", "aws.rds.multi-az"},
            {"Aurora (Multi-AZ cluster)", "aws.aurora", "true", "aws.aurora.multi-az"},
        };
        Relational chosen = null;
        for (String[] c : candidates) {
            boolean multiAz = Boolean.parseBoolean(c[2]);
            double sla = slas.get(c[3]).percent();
            Relational r = sizeRelational(c[1], engine, multiAz, size, writes, dbReads, writerVcpu, perVcpu, memNeed, connections, sla, false);
            if (r == null) {
                offerings.add(new Offering(c[0], c[1], multiAz, sla, null, sla >= target));
                continue;
            }
            double monthly = costs.price(component(r)).monthlyUsd();
            boolean meets = sla >= target;
            offerings.add(new Offering(c[0], c[1], multiAz, sla, monthly, meets));
            if (chosen == null && (meets || !req.production() && !multiAz)) {
                chosen = r;
            }
        }
        if (chosen == null) {
            // nothing meets the target: take the most available offering and say so
            String[] best = candidates[candidates.length - 1];
            chosen = sizeRelational(best[1], engine, true, size, writes, dbReads, writerVcpu, perVcpu, memNeed, connections,
                    slas.get(best[3]).percent(), true);
            if (chosen.slaPercent() < target) {
                notes.add(String.format(Locale.ROOT, "No managed relational offering commits to %s; the design uses the highest (%s).",
                        Fmt.availability(target), Fmt.availability(chosen.slaPercent())));
            }
            if (chosen.instanceClass().memoryGib() < memNeed || chosen.instanceClass().vcpu() < writerVcpu) {
                notes.add(String.format(Locale.ROOT, "The largest database class (%s) is smaller than the %s GB of memory or %s vCPUs the write load "
                                + "needs: partition the data or scale writes out before launch.", chosen.instanceClass().sku(),
                        Fmt.num(memNeed), Fmt.num(writerVcpu)));
            }
        }
        final Relational picked = chosen;
        String label = offerings.stream().filter(o -> o.service().equals(picked.service()) && o.multiAz() == picked.multiAz())
                .map(Offering::label).findFirst().orElse(chosen.service());
        String reason;
        if (!req.production() && !chosen.multiAz()) {
            reason = "A " + req.environment().name().toLowerCase(Locale.ROOT) + " environment runs a single-AZ database: "
                    + "half the price of Multi-AZ, and a zone failure here costs only time.";
        } else {
            reason = String.format(Locale.ROOT, "%s is the cheapest managed option whose published SLA (%s) meets the %s target.",
                    label, Fmt.availability(chosen.slaPercent()), Fmt.availability(target));
            List<String> unpriced = offerings.stream().filter(o -> o.monthlyUsd() == null && o.meetsTarget()).map(Offering::label).toList();
            if (!unpriced.isEmpty()) {
                reason += " " + String.join(" and ", unpriced) + " would also meet it, but the price catalog has no price for a class "
                        + "large enough in " + req.primaryRegion() + ", so it could not be sized and compared.";
            }
        }
        // A proxy only when the application can open more connections than the database takes: a small workload does not
        // carry its fixed cost (functions without one get a reserved concurrency within the connection budget instead).
        boolean proxy = connections > chosen.maxConnections() * CONNECTION_BUDGET;
        if (proxy) {
            notes.add(String.format(Locale.ROOT, "Up to %d %s exceed %.0f%% of max_connections (%d); RDS Proxy pools them.", connections,
                    serverlessCompute ? "concurrent function executions (one connection each)" : "application connections",
                    CONNECTION_BUDGET * 100, chosen.maxConnections()));
        }
        notes.addAll(failoverChecks(chosen, writes, reads, dbReads));
        return new Relational(chosen.service(), engine, chosen.instanceClass(), chosen.multiAz(), chosen.readers(),
                chosen.storageConfig(), chosen.storageGb(), chosen.ioRequests(), chosen.backupGb(), chosen.retentionDays(), proxy,
                writes, dbReads, memNeed, connections, chosen.maxConnections(), chosen.slaPercent(), reason, List.copyOf(offerings),
                List.copyOf(notes));
    }

    private Relational sizeRelational(String service, Engine engine, boolean multiAz, double size, double writes, double dbReads,
            double writerVcpu, double perVcpu, double memNeed, int connections, double sla, boolean allowUndersize) {
        boolean aurora = service.equals("aws.aurora");
        Deployment deployment = multiAz ? Deployment.MULTI_AZ : Deployment.SINGLE_AZ;
        PriceCatalog catalog = costs.catalog();
        InstanceType pick = null;
        double pickPrice = Double.MAX_VALUE;
        InstanceType largest = null;
        double cpuHere = writerVcpu + (dbReads / perVcpu) / 2; // the writer also serves part of the reads before replicas help
        for (InstanceType t : instances.family("db")) {
            if (req.production() && t.burstable() && cpuHere > BURSTABLE_BASELINE_VCPU) {
                continue;
            }
            if (aurora && t.sku().startsWith("db.m7g")) {
                continue; // Aurora's current general classes are memory-optimised r-classes (and t4g for development)
            }
            if (aurora && t.burstable() && !t.sku().equals("db.t4g.medium")) {
                continue;
            }
            Optional<PriceCatalog.Quote> q = catalog.find(aurora ? PriceKeys.auroraInstance(engine, t.sku()) : PriceKeys.rdsInstance(engine, t.sku(), deployment), req.primaryRegion());
            if (q.isEmpty()) {
                continue;
            }
            largest = t;
            if (t.vcpu() < cpuHere || t.memoryGib() < memNeed || maxConnections(engine, t) * CONNECTION_BUDGET < connections) {
                continue;
            }
            double price = q.get().price().firstTierUsd();
            if (price < pickPrice) {
                pick = t;
                pickPrice = price;
            }
        }
        if (pick == null && allowUndersize) {
            pick = largest;
        }
        if (pick == null) {
            return null;
        }
        int loadReaders = 0;
        double writerSpare = Math.max(0, pick.vcpu() - writerVcpu) * perVcpu;
        if (dbReads > writerSpare) {
            loadReaders = (int) Math.ceil((dbReads - writerSpare) / (pick.vcpu() * perVcpu));
        }
        int readers = loadReaders;
        if (aurora && multiAz) {
            // The standby of an Aurora cluster is a reader. When the writer fails a reader is promoted, and the instances
            // left must carry the writes and the reads: one more instance than the load needs (N+1).
            readers = loadReaders + 1;
        }
        readers = Math.min(readers, MAX_REPLICAS);
        double monthlyQueries = cap.monthlyRequests() * a.get("db_queries_per_request");
        double monthlyWrites = monthlyQueries * (1 - req.workload().readRatio());
        double monthlyDbReads = monthlyQueries * req.workload().readRatio()
                * (req.workload().cache() != CacheEngine.NONE ? 1 - a.get("cache_hit_ratio") : 1);
        double io = monthlyWrites * a.get("db_io_per_write") + monthlyDbReads * a.get("db_read_miss_ratio");
        int retention = retentionDays();
        double backup = Math.max(0, size * a.get("daily_change_ratio") * retention - size);
        StorageConfig storageConfig = StorageConfig.STANDARD;
        // RDS bills the allocated volume, which has a minimum size; Aurora storage grows with the data.
        double allocated = aurora ? size : Math.max(size, Double.parseDouble(dev.cloudwright.model.ProviderDefaults.value("rds.min_storage_gb")));
        Relational r = new Relational(service, engine, pick, multiAz, readers, storageConfig, allocated, io, backup, retention, false,
                writes, dbReads, memNeed, connections, maxConnections(engine, pick), sla, "", List.of(), List.of());
        if (aurora) {
            double ioCost = catalog.quote(PriceKeys.AURORA_IO, req.primaryRegion()).price().costFor(io);
            double total = costs.price(component(r)).monthlyUsd();
            if (ioCost > IO_OPTIMIZED_THRESHOLD * total) {
                r = new Relational(service, engine, pick, multiAz, readers, StorageConfig.IO_OPTIMIZED, allocated, io, backup, retention, false, writes,
                        dbReads, memNeed, connections, maxConnections(engine, pick), sla, "", List.of(), List.of());
            }
        }
        return r;
    }

    /**
     * What the database keeps in memory: the share of the hot set that its own traffic touches (writes and the reads
     * the cache misses, as a share of all queries; all of it without a cache), and never more than the pages those
     * queries touch in the buffer window. The cache holds the rest: the two are not both sized for the whole hot set.
     */
    double inMemoryGb(double queries, double dbQueries) {
        double hot = req.workload().database().sizeGb() * a.get("working_set_ratio");
        double share = req.workload().cache() != CacheEngine.NONE && queries > 0 ? Math.min(1, dbQueries / queries) : 1;
        return Math.min(hot * share, touchedGb(dbQueries));
    }

    /** Data that {@code opsPerSecond} operations touch in the buffer window. */
    private double touchedGb(double opsPerSecond) {
        return opsPerSecond * a.get("db_kb_per_query") * a.get("buffer_window_hours") * 3600 / (1024.0 * 1024.0);
    }

    /**
     * After a failover the surviving capacity gets the load: checks what the database serves with a cold cache (all
     * reads reach it after a cache restart or a move to another region) and in a recovery region's single promoted instance.
     */
    private List<String> failoverChecks(Relational r, double writes, double reads, double dbReads) {
        List<String> out = new ArrayList<>();
        // During a failover an instance may run at full load: no utilisation target applies.
        double perInstance = r.instanceClass().vcpu() * a.get("db_queries_per_vcpu");
        if (req.workload().cache() != CacheEngine.NONE && reads > dbReads) {
            double cold = writes + reads;
            double serves = perInstance * (r.service().equals("aws.aurora") ? r.instanceCount() : 1 + r.readers());
            if (cold > serves) {
                out.add(String.format(Locale.ROOT, "With a cold cache (after a cache restart or a failover) the database receives all %s queries/s "
                                + "(%s reads, %s writes) and its %s serve about %s at full load: responses slow down until the cache warms. Warm the cache "
                                + "before moving traffic, or add %d reader%s for the first hour.",
                        Fmt.count(cold), Fmt.count(reads), Fmt.count(writes), Fmt.plural(r.instanceCount(), "instance"), Fmt.count(serves),
                        (int) Math.ceil((cold - serves) / perInstance), Math.ceil((cold - serves) / perInstance) == 1 ? "" : "s"));
            }
        }
        if (req.multiRegion()) {
            double promoted = writes + (req.workload().cache() != CacheEngine.NONE ? reads : dbReads);
            if (promoted > perInstance) {
                int needed = (int) Math.ceil(promoted / perInstance);
                out.add(String.format(Locale.ROOT, "A recovery region's database starts as one %s: after promotion it gets %s queries/s%s and "
                                + "serves about %s at full load: add %d reader%s during the failover, before traffic moves, or expect slow responses until the "
                                + "cache warms.",
                        r.instanceClass().sku(), Fmt.count(promoted), req.workload().cache() != CacheEngine.NONE ? " with a cold cache" : "",
                        Fmt.count(perInstance), needed - 1, needed - 1 == 1 ? "" : "s"));
            }
        }
        return out;
    }

    static int maxConnections(Engine engine, InstanceType t) {
        double bytes = t.memoryGib() * 1024 * 1024 * 1024;
        double per = engine == Engine.MYSQL ? MYSQL_BYTES_PER_CONNECTION : PG_BYTES_PER_CONNECTION;
        return (int) Math.min(MAX_CONNECTIONS_CAP, Math.floor(bytes / per));
    }

    /** A stand-in component for pricing an option in the primary region. */
    Component component(Relational r) {
        return Component.builder("x.db", Role.DATABASE, r.service(), "db").placement(Placement.regional(req.primaryRegion(), List.of()))
                .sizing(Sizing.builder().sku(r.instanceClass().sku()).vcpu(r.instanceClass().vcpu()).memoryGb(r.instanceClass().memoryGib())
                        .count(r.service().equals("aws.aurora") ? r.instanceCount() : 1).storageGb(r.storageGb()).replicas(r.readers())
                        .build())
                .set(Keys.ENGINE, r.engine()).set(Keys.DEPLOYMENT, r.multiAz() ? Deployment.MULTI_AZ : Deployment.SINGLE_AZ)
                .set(Keys.STORAGE_CONFIG, r.storageConfig())
                .usage(Usage.IO_REQUESTS, r.ioRequests()).usage(Usage.BACKUP_GB, r.backupGb()).build();
    }

    // ------------------------------------------------------------------ key-value

    KeyValue keyValue() {
        double monthlyQueries = cap.monthlyRequests() * a.get("db_queries_per_request");
        double reads = monthlyQueries * req.workload().readRatio();
        if (req.workload().cache() != CacheEngine.NONE) {
            reads *= 1 - a.get("cache_hit_ratio");
        }
        double writes = monthlyQueries * (1 - req.workload().readRatio());
        double qps = queriesPerSecondPeak();
        String reason = "DynamoDB on-demand: no capacity to provision or patch, single-digit-millisecond reads, and it scales with the "
                + "request rate; items are assumed to be under 1 KB (one request unit per read or write).";
        return new KeyValue(reads, writes, req.workload().database().sizeGb(), req.production(), 35,
                qps * (1 - req.workload().readRatio()), qps * req.workload().readRatio(), reason);
    }

    // ------------------------------------------------------------------ cache

    Cache cache() {
        CacheEngine engine = req.workload().cache();
        double queries = cap.peakRps() * a.get("db_queries_per_request");
        double readOps = queries * req.workload().readRatio();
        double writeOps = queries - readOps;
        // The hot set as the database sees it, no more than the reads touch in the buffer window; plus the sessions.
        double hot = Math.min(req.workload().database().sizeGb() * a.get("working_set_ratio"), touchedGb(readOps));
        double sessions = req.workload().concurrentUsers() * a.get("session_kb") / (1024.0 * 1024.0);
        double need = hot + sessions;
        double usable = a.get("cache_memory_usable");
        // One replica per shard in another zone is what ElastiCache's Multi-AZ SLA asks; Memcached has no replicas.
        int baseReplicas = engine == CacheEngine.MEMCACHED || !req.production() ? 0 : 1;
        Engine eng = engine == CacheEngine.MEMCACHED ? Engine.MEMCACHED : Engine.REDIS;
        InstanceType best = null;
        int bestShards = 0;
        int bestReplicas = 0;
        double bestCost = Double.MAX_VALUE;
        String bestDriver = "";
        double cacheVcpu = queries / CACHE_OPS_PER_VCPU;
        for (InstanceType t : instances.family("cache")) {
            if (req.production() && t.burstable() && cacheVcpu > BURSTABLE_BASELINE_VCPU) {
                continue;
            }
            Optional<PriceCatalog.Quote> q = costs.catalog().find(PriceKeys.elasticacheNode(eng, t.sku()), req.primaryRegion());
            if (q.isEmpty()) {
                continue;
            }
            double nodeOps = t.vcpu() * CACHE_OPS_PER_VCPU;
            int forMemory = Math.max(1, (int) Math.ceil(need / (t.memoryGib() * usable)));
            int forWrites = Math.max(1, (int) Math.ceil(writeOps / nodeOps)); // every write goes to a shard's primary
            int shards = Math.max(forMemory, forWrites);
            // Burstable nodes run on CPU credits: fine for one small production shard, not for a cluster that a load needed.
            if (shards > 90 || req.production() && t.burstable() && shards > 1) {
                continue;
            }
            // Reads spread over a shard's primary and replicas: more replicas only when the read load needs them.
            int forReads = (int) Math.ceil(readOps / shards / nodeOps) - 1;
            int replicas = Math.min(5, Math.max(baseReplicas, forReads));
            double cost = shards * (1 + replicas) * q.get().price().firstTierUsd() * 730;
            if (cost < bestCost - 0.005 || (Math.abs(cost - bestCost) < 0.005 && shards < bestShards)) {
                best = t;
                bestShards = shards;
                bestReplicas = replicas;
                bestCost = cost;
                bestDriver = shards == 1 ? "" : forWrites > forMemory ? "the write rate" : "memory";
            }
        }
        String reason = String.format(Locale.ROOT,
                "Holds the hot working set (%s GB: %s of the %s GB database, at most what %s reads/s touch in %s) and sessions (%s GB for %s "
                        + "users); %s is the cheapest node type giving %s GB usable%s%s.",
                Fmt.num(hot), Fmt.pct(a.get("working_set_ratio")), Fmt.count(req.workload().database().sizeGb()), Fmt.count(readOps),
                Fmt.num(a.get("buffer_window_hours")) + " h", Fmt.num(sessions), Fmt.count(req.workload().concurrentUsers()), best.sku(),
                Fmt.num(need), bestShards == 1 ? " in one shard (no cluster mode)" : String.format(Locale.ROOT, " across %d shards (cluster mode, for %s)",
                        bestShards, bestDriver),
                bestReplicas > 0 ? String.format(Locale.ROOT, ", with %d replica%s per shard in other zones for automatic failover%s",
                        bestReplicas, bestReplicas == 1 ? "" : "s", bestReplicas > baseReplicas ? " and the read load" : "") : "");
        return new Cache(eng, best, bestShards, bestReplicas, need, readOps, reason, List.of());
    }
}
