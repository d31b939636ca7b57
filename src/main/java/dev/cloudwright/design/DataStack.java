package dev.cloudwright.design;

import dev.cloudwright.model.BillingMode;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection.Kind;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Protection;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.model.Usage;
import dev.cloudwright.requirements.Requirements;
import java.util.List;

/** The data tier of a region: the database (relational or key-value), its proxy, the cache and backup copies. */
final class DataStack {
    private final Plan p;
    private final Requirements req;
    private final AuditLogging audit;

    DataStack(Plan p) {
        this.p = p;
        this.req = p.req();
        this.audit = AuditLogging.of(req);
    }

    /** Adds the database (and proxy) and the application's connections to it; returns the database id, or null. */
    String database(Site s) {
        if (p.relational() != null) {
            String db = relational(s);
            connectRelational(s, db);
            return db;
        }
        if (p.keyValue() != null) {
            String db = keyValue(s);
            s.link(s.app, db, Kind.TRAFFIC, "HTTPS (gateway endpoint)", 443, true);
            return db;
        }
        return null;
    }

    private void connectRelational(Site s, String db) {
        DataSizer.Relational rel = p.relational();
        String protocol = rel.engine().title() + "/TLS";
        int port = port(rel.engine());
        if (rel.proxy() && s.profile.runsApp()) {
            String proxy = s.id("db-proxy");
            double vcpu = rel.instanceClass().vcpu() * (aurora() ? rel.instanceCount() : 1);
            s.add(Component.builder(proxy, Role.DATABASE, "aws.rds-proxy", "Database connection proxy").placement(s.here)
                    .protection(Protection.transitOnly())
                    .sizing(Sizing.builder().vcpu(vcpu).build())
                    .set(Keys.AUTH, "IAM authentication; credentials from Secrets Manager").build());
            s.link(s.app, proxy, Kind.TRAFFIC, protocol, port, true);
            s.link(proxy, db, Kind.TRAFFIC, protocol, port, true);
        } else if (s.profile.runsApp() || s.profile == Profile.PILOT) {
            s.link(s.app, db, Kind.TRAFFIC, protocol, port, true);
        }
        if (s.primary() && req.workload().batch() != null) {
            s.link(s.id("batch"), db, Kind.TRAFFIC, protocol, port, false);
        }
    }

    /** Default listener port of a SQL engine. */
    static int port(Engine e) {
        return e == Engine.MYSQL || e == Engine.MARIADB ? 3306 : 5432;
    }

    private boolean aurora() {
        return p.relational().service().equals("aws.aurora");
    }

    private String relational(Site s) {
        DataSizer.Relational rel = p.relational();
        boolean aurora = aurora();
        String id = s.id("db");
        double size = rel.storageGb();
        double change = p.a().get("daily_change_ratio");
        Component.Builder b = Component.builder(id, Role.DATABASE, rel.service(),
                (aurora ? "Aurora " : "RDS ") + rel.engine().title() + (s.primary() ? "" : " (replica)")).placement(s.here)
                .set(Keys.ENGINE, rel.engine(), "the engine the requirements name")
                .set(Keys.STORAGE_CONFIG, rel.storageConfig(), "I/O-Optimized when I/O would be more than 25% of the Aurora bill")
                .set(Keys.LOG_RETENTION_DAYS, audit.logGroupDays(), "database logs are audit logs: " + audit.basis())
                .set(Keys.AUDIT_LOG, audit.dataAccess() ? auditLog(rel.engine(), aurora) : null,
                        "the regimes in scope ask for a record of access to the data itself (PCI DSS 10.2.1, HIPAA 164.312(b))");
        if (s.primary()) {
            int instances = aurora ? rel.instanceCount() : 1;
            b.sizing(Sizing.builder().sku(rel.instanceClass().sku())
                            .vcpu(rel.instanceClass().vcpu()).memoryGb(rel.instanceClass().memoryGib())
                            .count(instances).storageGb(size).replicas(rel.readers()).build())
                    .protection(Protection.atRest(s.key).inTransit().backups(rel.retentionDays()).pointInTimeRecovery(true)
                            .deletionProtection(req.production()).copyTo(s.peer))
                    .set(Keys.DEPLOYMENT, rel.multiAz() ? Deployment.MULTI_AZ : Deployment.SINGLE_AZ, rel.reason())
                    .set(Keys.TOPOLOGY, topology(rel))
                    .set(Keys.PERFORMANCE_INSIGHTS, true)
                    .set(Keys.MONITORING_INTERVAL, 60, "the bundled module turns Enhanced Monitoring on at one-minute intervals (OS metrics)")
                    .set(Keys.IAM_AUTH, true)
                    .usage(Usage.IO_REQUESTS, rel.ioRequests()).usage(Usage.BACKUP_GB, rel.backupGb());
            if (s.livePeer()) {
                b.set(Keys.CROSS_REGION, aurora ? "Aurora global database, secondary in " + s.peer : "cross-region read replica in " + s.peer)
                        .set(Keys.REPLICA_REGIONS, List.of(s.peer));
                b.usage(Usage.INTERREGION_GB, size * change * 30);
            }
        } else {
            boolean active = s.profile == Profile.ACTIVE;
            int instances = active && aurora ? rel.instanceCount() : 1;
            b.sizing(Sizing.builder().sku(rel.instanceClass().sku())
                            .vcpu(rel.instanceClass().vcpu()).memoryGb(rel.instanceClass().memoryGib())
                            .count(instances).storageGb(size).replicas(active && aurora ? rel.readers() : 0).build())
                    .protection(Protection.atRest(s.key).inTransit().backups(rel.retentionDays()).pointInTimeRecovery(true)
                            .deletionProtection(req.production()))
                    .set(Keys.DEPLOYMENT, Deployment.SINGLE_AZ)
                    .set(Keys.REPLICA_OF, s.peer + ".db")
                    .set(Keys.PART, aurora ? "Aurora global database secondary cluster"
                            + (active ? " (reads local, writes forwarded to the primary)" : "")
                            : "cross-region read replica (promoted on failover)");
            if (aurora) {
                double writes = p.cap().monthlyRequests() * p.a().get("db_queries_per_request") * (1 - req.workload().readRatio());
                b.usage(Usage.REPLICATED_IO, writes * p.a().get("db_io_per_write"));
            }
            s.link(s.peer + ".db", id, Kind.REPLICATION, aurora ? "Aurora global database" : "asynchronous replica", 0, false);
        }
        s.add(b.build());
        return id;
    }

    /** What the engine's audit log records, in words (the modules write the parameters). */
    private static String auditLog(Engine engine, boolean aurora) {
        return engine == Engine.POSTGRESQL ? "connections, DDL, role changes and writes (pgaudit), to CloudWatch Logs"
                : aurora ? "connections, DDL, grants and data queries (Advanced Auditing), to CloudWatch Logs"
                        : "connections, DDL, grants and writes (MariaDB Audit Plugin), to CloudWatch Logs";
    }

    private static String topology(DataSizer.Relational rel) {
        if (rel.service().equals("aws.aurora")) {
            return "1 writer + " + rel.readers() + " reader" + (rel.readers() == 1 ? "" : "s") + " across zones";
        }
        return (rel.multiAz() ? "primary with synchronous standby in another zone" : "single instance")
                + (rel.readers() > 0 ? ", " + rel.readers() + " read replica" + (rel.readers() == 1 ? "" : "s") : "");
    }

    private String keyValue(Site s) {
        DataSizer.KeyValue kv = p.keyValue();
        String id = s.id("db");
        boolean global = s.peer != null;
        Component.Builder b = Component.builder(id, Role.DATABASE, "aws.dynamodb",
                "DynamoDB tables" + (s.primary() ? "" : " (global table replica)")).placement(s.here)
                .protection(Protection.atRest(s.key).inTransit().backups(kv.retentionDays()).pointInTimeRecovery(kv.pitr())
                        .deletionProtection(req.production()))
                .sizing(Sizing.storage(kv.storageGb()))
                .set(Keys.BILLING_MODE, BillingMode.ON_DEMAND, kv.reason())
                .set(Keys.GLOBAL_TABLE_REGIONS, global ? List.of(req.primaryRegion(), s.primary() ? s.peer : s.region) : null);
        if (s.primary() || s.profile == Profile.ACTIVE) {
            b.usage(Usage.READ_UNITS, kv.readUnits() * s.share).usage(Usage.WRITE_UNITS, kv.writeUnits() * s.share);
        }
        if (global) {
            // every write is replicated to the other replica
            double otherWrites = s.profile == Profile.ACTIVE || s.primary() && s.share < 1 ? kv.writeUnits() * s.share
                    : s.primary() ? 0 : kv.writeUnits();
            b.usage(Usage.REPLICATED_WRITE_UNITS, otherWrites);
            if (s.primary()) {
                b.usage(Usage.INTERREGION_GB, kv.writeUnits() / (1024.0 * 1024.0));
            }
        }
        if (!s.primary()) {
            b.set(Keys.REPLICA_OF, s.peer + ".db");
            s.link(s.peer + ".db", id, Kind.REPLICATION, "DynamoDB global table", 0, false);
        }
        s.add(b.build());
        return id;
    }

    void cache(Site s) {
        if (p.cache() == null || s.profile == Profile.PILOT) {
            return;
        }
        DataSizer.Cache c = p.cache();
        int replicas = s.profile == Profile.WARM ? 0 : c.replicasPerShard();
        boolean memcached = c.engine() == Engine.MEMCACHED;
        Component cache = Component.builder(s.id("cache"), Role.CACHE, "aws.elasticache", memcached ? "Memcached cluster" : "Redis cache")
                .placement(s.here)
                .protection(memcached ? Protection.transitOnly() : Protection.atRest(s.key).inTransit().backups(req.production() ? 1 : 0))
                .sizing(Sizing.builder().sku(c.node().sku()).vcpu(c.node().vcpu()).memoryGb(c.node().memoryGib())
                        .count(c.shards() * (1 + replicas)).shards(c.shards()).replicas(replicas).build())
                .set(Keys.ENGINE, c.engine())
                .set(Keys.CLUSTER_MODE, c.clusterMode(), c.reason())
                .set(Keys.FAILOVER, replicas > 0 ? "automatic, Multi-AZ" : "none (cache rebuilt from the database)")
                .set(Keys.AUTH, memcached ? "security groups only (Memcached has no auth)" : "AUTH token / RBAC users, TLS")
                .build();
        s.add(cache);
        s.link(s.app, s.id("cache"), Kind.TRAFFIC, memcached ? "Memcached/TLS" : "Redis/TLS", memcached ? 11211 : 6379, true);
    }

    /**
     * Cross-region copies of the database backups, in a vault of region {@code s}. Where a replica in that region already
     * covers the RPO, a daily copy guards against what replication copies too (corruption, deletion); a recovery region
     * that only restores gets every backup. Stored and transferred as the source copies: whole databases for full copies.
     */
    void backupVault(Site s, String primary) {
        if (p.relational() == null && p.keyValue() == null) {
            return;
        }
        String source = p.backupSource();
        double size = req.workload().database().sizeGb();
        double change = p.a().get("daily_change_ratio");
        boolean full = ProviderFacts.fullCopies(source);
        int every = copyEveryHours(s, full);
        // Two weekly copies, or a week of daily (or hourly) ones.
        int days = every >= WEEK_HOURS ? 2 * WEEK_HOURS / 24 : Math.min(retention(), 7);
        double copiesPerDay = 24.0 / every;
        double stored = full ? size * Math.max(1, days * copiesPerDay) : size * (1 + change * days);
        double transferred = full ? size * copiesPerDay * 30 : size * change * 30;
        s.add(Component.builder(s.id("backup-vault"), Role.BACKUP, "aws.backup", "Backup vault (cross-region copies)")
                .placement(s.oneZone).protection(Protection.atRest(s.key).inTransit().backups(days).deletionProtection(true))
                .set(Keys.BACKUP_SOURCE, source)
                .set(Keys.COPY_RETENTION_DAYS, days)
                .set(Keys.COPY_EVERY_HOURS, every, s.profile == Profile.RECOVERY ? full && every > backupEveryHours()
                        ? "a recovery region restores from the copies: each is the whole database, so one a day" : "a recovery region restores from the copies: every backup is copied"
                        : "the replica in this region covers the RPO: a " + (every >= WEEK_HOURS ? "weekly copy (each is the whole database)" : "daily copy")
                                + " guards against what replication copies too")
                .usage(Usage.BACKUP_GB, stored)
                .usage(Usage.INTERREGION_GB, transferred)
                .build());
        s.link(primary + ".backup", s.id("backup-vault"), Kind.BACKUP, "AWS Backup copy", 0, false);
    }

    static final int WEEK_HOURS = 168;

    /**
     * Hours between copies into region {@code s}: beside a replica daily, or weekly when each copy is the whole database;
     * into a recovery region as often as the backups are taken, or daily when each copy is the whole database (an
     * hourly full copy would transfer the database 720 times a month, and AWS Backup queues copy jobs per vault).
     */
    int copyEveryHours(Site s, boolean full) {
        return s.profile != Profile.RECOVERY ? full ? WEEK_HOURS : 24 : full ? Math.max(24, backupEveryHours()) : backupEveryHours();
    }

    int backupEveryHours() {
        return req.recovery().rpoSeconds() < 88_200 ? 1 : 24;
    }

    int retention() {
        if (p.relational() != null) {
            return p.relational().retentionDays();
        }
        if (p.keyValue() != null) {
            return p.keyValue().retentionDays();
        }
        return 7;
    }
}
