package dev.cloudwright.terraform.write;

import static dev.cloudwright.terraform.write.Hcl.attr;
import static dev.cloudwright.terraform.write.Hcl.block;
import static dev.cloudwright.terraform.write.Hcl.entry;
import static dev.cloudwright.terraform.write.Hcl.raw;
import static dev.cloudwright.terraform.write.Hcl.str;
import static dev.cloudwright.terraform.write.RootModule.absent;
import static dev.cloudwright.terraform.write.RootModule.list;
import static dev.cloudwright.terraform.write.RootModule.ref;
import static dev.cloudwright.terraform.write.RootModule.when;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Lifecycle;
import dev.cloudwright.model.LockMode;
import dev.cloudwright.model.StorageConfig;
import dev.cloudwright.model.StorageTier;
import java.util.ArrayList;
import java.util.List;

/** Databases, caches, queues and buckets of a region. */
final class DataModules {
    private final RootModule m;
    private final ComputeModules compute;

    DataModules(RootModule m, ComputeModules compute) {
        this.m = m;
        this.compute = compute;
    }

    /** One data component, by its service; other services are written elsewhere. */
    void write(String r, Component c) {
        switch (c.service()) {
            case "aws.s3" -> bucket(r, c);
            case "aws.aurora" -> aurora(r, c);
            case "aws.rds" -> rds(r, c);
            case "aws.dynamodb" -> dynamodb(r, c);
            case "aws.elasticache" -> cache(r, c);
            case "aws.sqs" -> m.call("compute", m.moduleName(c), r, c, List.of(ref("kms_key_arn", m.kms(c))));
            default -> {
            }
        }
    }

    private static Engine engine(Component db) {
        return db.valueOr(Keys.ENGINE, Engine.POSTGRESQL);
    }

    /** An Aurora cluster; a primary replicated to another region heads a global database, whose secondary cluster joins it. */
    private void aurora(String r, Component db) {
        String p = m.part(r);
        boolean secondaryCluster = db.value(Keys.REPLICA_OF) != null;
        boolean global = !list(db, Keys.REPLICA_REGIONS).isEmpty() || secondaryCluster;
        String engine = AwsFacts.engine("aurora", engine(db));
        if (global && !secondaryCluster) {
            m.add("data", block("resource", List.of("aws_rds_global_cluster", "db"), List.of(
                    attr("global_cluster_identifier", raw("\"${local.name}-db\"")),
                    attr("engine", engine),
                    attr("engine_version", raw("var.aurora_engine_version")),
                    attr("storage_encrypted", true),
                    attr("deletion_protection", true))));
        }
        m.call("data", m.moduleName(db), r, db, List.of(
                attr("engine", engine),
                ref("engine_version", "var.aurora_engine_version"),
                attr("instance_class", db.sizing().sku() == null ? AwsFacts.value("aurora.instance_class") : db.sizing().sku()),
                attr("instance_count", Math.max(1, db.sizing().countOr(1))),
                ref("vpc_id", m.network(r, "vpc_id")),
                ref("subnet_ids", m.network(r, "data_subnet_ids")),
                attr("client_security_group_ids", new Hcl.ListX(compute.clientSecurityGroups(r), false)),
                ref("kms_key_arn", m.kms(db)),
                RootModule.logRetention("log_retention_days", db),
                when(db.value(Keys.AUDIT_LOG) != null, attr("audit_logging", true)),
                when(db.value(Keys.STORAGE_CONFIG) == StorageConfig.IO_OPTIMIZED, attr("storage_type", "aurora-iopt1")),
                when(global, ref("global_cluster_identifier", "aws_rds_global_cluster.db.id")),
                when(global && !secondaryCluster, attr("manage_master_password", false)),
                global && !secondaryCluster && m.secondary != null ? attr("master_user_replicas", secretReplica()) : absent("master_user_replicas"),
                when(secondaryCluster, attr("is_secondary", true)),
                global && engine(db) == Engine.POSTGRESQL ? ref("managed_rpo_seconds", "var." + RootModule.MANAGED_RPO_VARIABLE) : absent("managed_rpo_seconds")));
    }

    /** An RDS instance; a cross-region read replica replicates the instance of REPLICA_OF. */
    private void rds(String r, Component db) {
        Component source = m.referenced(db, Keys.REPLICA_OF);
        boolean replica = source != null;
        boolean proxy = m.find(r, "aws.rds-proxy").isPresent();
        boolean hasReplica = !replica && !list(db, Keys.REPLICA_REGIONS).isEmpty();
        String engine = AwsFacts.engine("rds", engine(db));
        double storage = db.sizing().storageGb() == null ? 0 : db.sizing().storageGb();
        m.call("data", m.moduleName(db), r, db, List.of(
                attr("engine", engine),
                ref("engine_version", "var." + engine + "_engine_version"),
                attr("instance_class", db.sizing().sku() == null ? AwsFacts.value("rds.instance_class") : db.sizing().sku()),
                attr("allocated_storage", (int) Math.max(AwsFacts.integer("rds.min_storage_gb"), Math.ceil(storage))),
                attr("multi_az", db.value(Keys.DEPLOYMENT) == Deployment.MULTI_AZ),
                ref("vpc_id", m.network(r, "vpc_id")),
                ref("subnet_ids", m.network(r, "data_subnet_ids")),
                attr("client_security_group_ids", new Hcl.ListX(compute.clientSecurityGroups(r), false)),
                ref("kms_key_arn", m.kms(db)),
                RootModule.logRetention("log_retention_days", db),
                when(db.value(Keys.AUDIT_LOG) != null, attr("audit_logging", true)),
                when(proxy, attr("proxy", true)),
                replica ? ref("replicate_source_db", "module." + m.moduleName(source) + ".instance_arn") : absent("replicate_source_db"),
                when(replica, attr("is_replica", true)),
                when(hasReplica, attr("manage_master_password", false)),
                hasReplica && m.secondary != null ? attr("master_user_replicas", secretReplica()) : absent("master_user_replicas")));
    }

    /** The master user secret replicated to the second region, encrypted with that region's key. */
    private Hcl.ListX secretReplica() {
        return new Hcl.ListX(List.of(new Hcl.ObjX(List.of(Hcl.entry("region", Hcl.raw("var.secondary_region")),
                Hcl.entry("kms_key_arn", Hcl.raw(m.kms(m.secondary)))), false)), true);
    }

    /** A table; a global table is written once, in its primary region, with a replica in the second region. */
    private void dynamodb(String r, Component t) {
        if (t.value(Keys.REPLICA_OF) != null) {
            return; // a replica of the primary's global table
        }
        List<Hcl.Expr> replicas = new ArrayList<>();
        for (String region : list(t, Keys.GLOBAL_TABLE_REGIONS)) {
            if (!region.equals(r) && region.equals(m.secondary)) {
                replicas.add(new Hcl.ObjX(List.of(entry("region", raw("var.secondary_region")), entry("kms_key_arn", raw(m.kms(m.secondary)))), false));
            }
        }
        m.call("data", m.moduleName(t), r, t, List.of(
                ref("kms_key_arn", m.kms(t)),
                replicas.isEmpty() ? absent("replicas") : attr("replicas", new Hcl.ListX(replicas, true))));
    }

    private void cache(String r, Component c) {
        m.call("cache", m.moduleName(c), r, c, cacheArgs(r, c));
        if (r.equals(m.primary) && m.standby() && m.find(m.secondary, "aws.elasticache").isEmpty()) {
            // A pilot light has no cache until it takes over: var.failover creates one like the primary's.
            m.call("cache", m.moduleName(c).replace("_" + m.part(r), "_" + m.part(m.secondary)), "elasticache", m.secondary, c,
                    raw("var.failover ? 1 : 0"), cacheArgs(m.secondary, c));
        }
    }

    private List<Hcl.Attr> cacheArgs(String r, Component c) {
        String engine = AwsFacts.engine("elasticache", c.valueOr(Keys.ENGINE, Engine.REDIS));
        int shards = shards(c);
        // A warm standby's cache gets the primary's replicas when it takes over.
        Component primary = m.find(m.primary, "aws.elasticache").orElse(c);
        return List.of(
                attr("engine", engine),
                ref("engine_version", "var." + engine + "_engine_version"),
                attr("node_type", c.sizing().sku() == null ? AwsFacts.value("elasticache.node_type") : c.sizing().sku()),
                attr("num_node_groups", shards),
                attr("replicas_per_node_group", m.onFailover(r, replicas(c), replicas(primary))),
                ref("vpc_id", m.network(r, "vpc_id")),
                ref("subnet_ids", m.network(r, "data_subnet_ids")),
                attr("client_security_group_ids", new Hcl.ListX(compute.clientSecurityGroups(r), false)),
                // Only an engine the design encrypts at rest gets the key (node-based Memcached clusters cannot use one).
                ref("kms_key_arn", c.isTrue(Keys.ENCRYPTED_AT_REST) ? m.kms(r) : null));
    }

    private static int shards(Component c) {
        return c.sizing().shards() == null ? 1 : c.sizing().shards();
    }

    private static int replicas(Component c) {
        return c.sizing().replicas() == null ? Math.max(0, c.sizing().countOr(1) / Math.max(1, shards(c)) - 1) : c.sizing().replicas();
    }

    // ------------------------------------------------------------------ buckets

    private void bucket(String r, Component b) {
        String local = RootModule.shortName(b);
        List<Hcl.Attr> args = new ArrayList<>();
        args.add(attr("bucket_name", raw("\"${local.bucket_prefix}-" + local + "-" + r + "\"")));
        args.add(ref("kms_key_arn", m.kms(b)));
        List<Hcl.Expr> rules = lifecycleRules(b);
        if (!rules.isEmpty()) {
            args.add(attr("lifecycle_rules", new Hcl.ListX(rules, true)));
        }
        if (b.isTrue(Keys.OBJECT_LOCK)) {
            // Object lock cannot be turned off once on: the root module's switch turns it on, not the first apply.
            args.add(attr("object_lock_mode", raw(RootModule.LOCKS_VARIABLE_REF + " ? \"" + b.valueOr(Keys.OBJECT_LOCK_MODE, LockMode.GOVERNANCE).name()
                    + "\" : null")));
            args.add(attr("object_lock_days", Math.max(1, b.valueOr(Keys.RETENTION_DAYS, AwsFacts.integer("s3.log_retention_days")))));
        }
        if (m.secondary != null && r.equals(m.primary) && list(b, Keys.REPLICATION_REGIONS).contains(m.secondary)) {
            args.add(attr("replication_enabled", true));
            args.add(ref("replication_destination_bucket_arn", "module." + local.replace('-', '_') + "_secondary.bucket_arn"));
            args.add(ref("replication_destination_kms_key_arn", m.kms(m.secondary)));
            if (b.isTrue(Keys.REPLICATION_TIME_CONTROL)) {
                args.add(attr("replication_time_control", true));
            }
        }
        if (b.isTrue(Keys.CDN_ORIGIN) && m.find(null, "aws.cloudfront").isPresent()) {
            args.add(attr("cloudfront_distribution_arns", new Hcl.ListX(List.of(raw("module.cdn.distribution_arn")), false)));
        }
        if (m.arch.components().stream().anyMatch(c -> c.service().equals("aws.cloudtrail") && b.id().equals(c.value(Keys.DESTINATION)))) {
            args.add(attr("allow_cloudtrail", true));
        }
        if (local.equals("logs") && m.arch.components().stream().anyMatch(c -> c.service().equals("aws.config"))) {
            args.add(attr("allow_log_delivery", true));
        }
        if (local.equals("logs") && receivesAccessLogs(r)) {
            args.add(attr("allow_access_logs", true));
        }
        m.call("storage", m.moduleName(b), r, b, args);
        m.output("bucket_" + local.replace('-', '_') + "_" + m.part(r), "The " + local + " bucket in " + r + ".", "module." + m.moduleName(b) + ".bucket_id");
        Lifecycle l = b.value(Keys.LIFECYCLE);
        if (l != null && l.abortUploadsAfterDays() != null && l.abortUploadsAfterDays() != 7) {
            m.notes.add("Bucket " + b.id() + ": the s3-bucket module aborts incomplete uploads after 7 days, not the design's "
                    + l.abortUploadsAfterDays() + ".");
        }
    }

    /** The region's log archive receives the access logs of its load balancer, and in the primary region the CDN's. */
    boolean receivesAccessLogs(String r) {
        return m.find(r, "aws.alb").filter(a -> a.isTrue(Keys.ACCESS_LOGS)).isPresent()
                || r.equals(m.primary) && m.find(null, "aws.cloudfront").filter(c -> c.isTrue(Keys.ACCESS_LOGGING)).isPresent();
    }

    /** The design's lifecycle as one rule over the bucket: "retention" for a bucket kept a number of days, else "tiering". */
    private static List<Hcl.Expr> lifecycleRules(Component b) {
        Lifecycle l = b.value(Keys.LIFECYCLE);
        if (l == null) {
            return List.of();
        }
        List<Hcl.Expr> transitions = new ArrayList<>();
        for (Lifecycle.Transition t : l.transitions()) {
            transitions.add(transition(t.days(), t.tier()));
        }
        return List.of(rule(b.value(Keys.RETENTION_DAYS) != null ? "retention" : "tiering", transitions,
                l.expireAfterDays() == null ? 0 : l.expireAfterDays(), l.noncurrentAfterDays() == null ? 0 : l.noncurrentAfterDays()));
    }

    private static Hcl.Expr transition(int days, StorageTier tier) {
        return new Hcl.ObjX(List.of(entry("days", new Hcl.Num(days)), entry("storage_class", str(AwsFacts.storageClass(tier)))), false);
    }

    private static Hcl.Expr rule(String id, List<Hcl.Expr> transitions, int expirationDays, int noncurrentDays) {
        return new Hcl.ObjX(List.of(entry("id", str(id)), entry("transitions", new Hcl.ListX(transitions, true)),
                entry("expiration_days", new Hcl.Num(expirationDays)), entry("noncurrent_expiration_days", new Hcl.Num(noncurrentDays))), true);
    }
}
