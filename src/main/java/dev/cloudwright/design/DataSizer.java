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
        double memNeed = size * a.get("working_set_ratio") / a.get("db_memory_usable");
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
        boolean proxy = serverlessCompute || connections > chosen.maxConnections() * CONNECTION_BUDGET;
        if (proxy) {
            notes.add(serverlessCompute
                    ? "Functions open a connection per concurrent execution; RDS Proxy pools them in front of the database."
                    : String.format(Locale.ROOT, "Up to %d application connections exceed %.0f%% of max_connections (%d); RDS Proxy pools them.",
                            connections, CONNECTION_BUDGET * 100, chosen.maxConnections()));
        }
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
            readers = Math.max(readers, 1);
            if (loadReaders >= 1 && req.availability() >= 99.99) {
                readers += 1; // N+1: losing one reader does not overload the rest
            }
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
        Relational r = new Relational(service, engine, pick, multiAz, readers, storageConfig, size, io, backup, retention, false,
                writes, dbReads, memNeed, connections, maxConnections(engine, pick), sla, "", List.of(), List.of());
        if (aurora) {
            double ioCost = catalog.quote(PriceKeys.AURORA_IO, req.primaryRegion()).price().costFor(io);
            double total = costs.price(component(r)).monthlyUsd();
            if (ioCost > IO_OPTIMIZED_THRESHOLD * total) {
                r = new Relational(service, engine, pick, multiAz, readers, StorageConfig.IO_OPTIMIZED, size, io, backup, retention, false, writes,
                        dbReads, memNeed, connections, maxConnections(engine, pick), sla, "", List.of(), List.of());
            }
        }
        return r;
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
        double hot = req.workload().database().sizeGb() * a.get("working_set_ratio");
        double sessions = req.workload().concurrentUsers() * a.get("session_kb") / (1024.0 * 1024.0);
        double need = hot + sessions;
        double usable = a.get("cache_memory_usable");
        int replicas = engine == CacheEngine.MEMCACHED || !req.production() ? 0 : req.availability() >= 99.99 ? 2 : 1;
        double readOps = cap.peakRps() * a.get("db_queries_per_request") * req.workload().readRatio();
        Engine eng = engine == CacheEngine.MEMCACHED ? Engine.MEMCACHED : Engine.REDIS;
        InstanceType best = null;
        int bestShards = 0;
        double bestCost = Double.MAX_VALUE;
        List<String> alternatives = new ArrayList<>();
        double cacheVcpu = readOps / CACHE_OPS_PER_VCPU;
        for (InstanceType t : instances.family("cache")) {
            if (req.production() && t.burstable() && cacheVcpu > BURSTABLE_BASELINE_VCPU) {
                continue;
            }
            Optional<PriceCatalog.Quote> q = costs.catalog().find(PriceKeys.elasticacheNode(eng, t.sku()), req.primaryRegion());
            if (q.isEmpty()) {
                continue;
            }
            int shards = Math.max(1, (int) Math.ceil(need / (t.memoryGib() * usable)));
            if (shards > 90) {
                continue;
            }
            double cost = shards * (1 + replicas) * q.get().price().firstTierUsd() * 730;
            if (cost < bestCost - 0.005 || (Math.abs(cost - bestCost) < 0.005 && shards < bestShards)) {
                best = t;
                bestShards = shards;
                bestCost = cost;
            }
        }
        String reason = String.format(Locale.ROOT,
                "Holds the hot working set (%s GB: %s of the %s GB database) and sessions (%s GB for %s users); %s is the cheapest node type "
                        + "giving %s GB usable across %d shard%s%s.",
                Fmt.num(hot), Fmt.pct(a.get("working_set_ratio")), Fmt.count(req.workload().database().sizeGb()), Fmt.num(sessions),
                Fmt.count(req.workload().concurrentUsers()), best.sku(), Fmt.num(need), bestShards, bestShards == 1 ? "" : "s",
                replicas > 0 ? String.format(Locale.ROOT, ", with %d replica%s per shard in other zones for automatic failover",
                        replicas, replicas == 1 ? "" : "s") : "");
        return new Cache(eng, best, bestShards, replicas, need, readOps, reason, alternatives);
    }
}
