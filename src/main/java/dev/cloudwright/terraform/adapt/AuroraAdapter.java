package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.BillingParts;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Aurora (and Multi-AZ DB) clusters with their instances, reader auto scaling and global database membership. */
@ResourceAdapter.Adapts(anchors = "aws_rds_cluster", absorbs = {"aws_rds_cluster_instance", "aws_rds_global_cluster", "aws_rds_cluster_parameter_group",
        "aws_appautoscaling_target", "aws_appautoscaling_policy", "aws_appautoscaling_scheduled_action"},
        services = {"aws.aurora", "aws.rds"},
        summary = "Aurora cluster: engine, instances and classes, reader auto scaling, zones, encryption, backups, global database")
final class AuroraAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> clusters, Context ctx) {
        for (Res c : clusters) {
            Fact<String> engine = c.str("engine");
            // Multi-AZ DB clusters (engine mysql or postgres) are RDS; Aurora engines, and an engine not known offline, are Aurora.
            boolean aurora = !engine.known() || engine.value().startsWith("aurora");
            Draft d = ctx.component(c, Role.DATABASE, aurora ? "aws.aurora" : "aws.rds");
            d.set(Keys.ENGINE, engine.isAbsent() ? Fact.unknown("engine is not set", c.range()) : ProviderNames.RDS_ENGINE.read(engine, "engine"));
            d.set(Keys.ENGINE_VERSION, c.str("engine_version"));
            if (aurora) {
                d.set(Keys.STORAGE_CONFIG, ProviderNames.AURORA_STORAGE_TYPE.read(c.str("storage_type"), "storage_type"));
            } else {
                d.set(Keys.STORAGE_TYPE, c.str("storage_type"));
            }
            List<Res> instances = c.referrers("aws_rds_cluster_instance", "cluster_identifier");
            Set<String> classes = new LinkedHashSet<>();
            List<Fact<Boolean>> publicInstances = new ArrayList<>();
            for (Res i : instances) {
                ctx.absorb(i, d);
                d.instances.add(i.address());
                Fact<String> cls = i.str("instance_class");
                if (cls.known()) {
                    classes.add(cls.value());
                } else if (cls.isUnknown()) {
                    d.unresolved("sku", cls.reason());
                }
                publicInstances.add(i.bool("publicly_accessible"));
                Fact<String> az = i.str("availability_zone");
                if (az.known()) {
                    d.zones.add(az.value());
                }
                d.set(Keys.PERFORMANCE_INSIGHTS, i.bool("performance_insights_enabled"));
                d.set(Keys.MONITORING_INTERVAL, i.integer("monitoring_interval"));
            }
            if (!classes.isEmpty()) {
                d.sku(Fact.explicit(classes.iterator().next(), c.range()));
                if (classes.size() > 1) {
                    d.set(Keys.INSTANCE_CLASSES, List.copyOf(classes), instances.get(0).range());
                }
            } else if (c.str("db_cluster_instance_class").known()) {
                d.sku(c.str("db_cluster_instance_class"));
            }
            if (!instances.isEmpty()) {
                d.count = Aws.count(instances);
                Res scaling = AuroraReaderScaling.target(c, ctx);
                if (scaling != null) {
                    AuroraReaderScaling.apply(c, scaling, d, ctx);
                }
                if (d.count.known()) {
                    d.replicas = Math.max(0, d.count.value() - 1);
                    d.set(Keys.TOPOLOGY, "1 writer + " + d.replicas + " reader" + (d.replicas == 1 ? "" : "s")
                            + (scaling == null ? "" : " (Aurora Auto Scaling keeps at least " + d.value(Keys.MIN_READERS) + ")"), d.count.at());
                    d.set(Keys.DEPLOYMENT, d.count.value() > 1 ? Deployment.MULTI_AZ : Deployment.SINGLE_AZ, d.count.at());
                } else {
                    d.unknown(Keys.DEPLOYMENT, d.count.reason(), d.count.at());
                }
            }
            if (c.attr("serverlessv2_scaling_configuration.min_capacity") != null) {
                d.set(Keys.MIN_ACU, c.num("serverlessv2_scaling_configuration.min_capacity").map(java.math.BigDecimal::doubleValue));
            }
            if (c.attr("serverlessv2_scaling_configuration.max_capacity") != null) {
                d.set(Keys.SERVERLESS_CAPACITY, "ACU " + acu(c, "min_capacity") + " to " + acu(c, "max_capacity"), c.attr("serverlessv2_scaling_configuration.max_capacity").range());
            }
            for (Res g : c.refs("db_subnet_group_name")) {
                ctx.support(g, "subnet group of " + c.address());
                if (d.zones.size() < 2 && d.count.orElse(1) > 1) {
                    ctx.zonesFromSubnets(d, g.refs("subnet_ids"));
                }
            }
            d.set(Keys.ENCRYPTED_AT_REST, c.bool("storage_encrypted"));
            Aws.key(d, c, "kms_key_id", ctx);
            d.set(Keys.PUBLIC_ENDPOINT, Fact.anyTrue(publicInstances));
            Fact<Integer> retention = c.integer("backup_retention_period");
            d.set(Keys.BACKUP_RETENTION_DAYS, retention);
            d.set(Keys.POINT_IN_TIME_RECOVERY, retention.map(days -> days > 0));
            d.set(Keys.DELETION_PROTECTION, c.bool("deletion_protection"));
            d.set(Keys.IAM_AUTH, c.bool("iam_database_authentication_enabled"));
            d.set(Keys.SKIP_FINAL_SNAPSHOT, c.bool("skip_final_snapshot"));
            RdsAdapter.password(d, c, "master_password");
            d.list(Keys.LOG_EXPORTS, c.strings("enabled_cloudwatch_logs_exports"), RdsAdapter.NO_LOG_EXPORTS);
            global(c, d, ctx);
        }
    }

    /** Membership of a global database: the primary replicates to the other members' regions, a secondary replicates from the primary. */
    private static void global(Res c, Draft d, Context ctx) {
        for (Res g : c.refs("global_cluster_identifier")) {
            ctx.support(g, "global database");
            d.pays(BillingParts.GLOBAL_DATABASE, g.address(), 1);
            List<Res> members = g.referrers("aws_rds_cluster", "global_cluster_identifier");
            Res primary = primary(g, members);
            List<String> regions = new ArrayList<>();
            String unknownRegion = null;
            for (Res other : members) {
                if (other == c) {
                    continue;
                }
                if (primary == c) {
                    if (other.region() == null) {
                        unknownRegion = other.regionUnknownReason() == null ? "the region of " + other.address() + " is not known offline" : other.regionUnknownReason();
                        continue;
                    }
                    if (!other.region().equals(c.region()) && !regions.contains(other.region())) {
                        regions.add(other.region());
                        ctx.link(c, other, Connection.Kind.REPLICATION, "Aurora storage replication", 0, false);
                    }
                } else if (other == primary && (other.region() == null || !other.region().equals(c.region()))) {
                    var at = c.attr("global_cluster_identifier").range();
                    d.set(Keys.PART, "Aurora global database secondary cluster (primary " + other.address() + ")", at);
                    d.set(Keys.REPLICA_OF, other.address(), at);
                }
            }
            var at = c.attr("global_cluster_identifier").range();
            if (unknownRegion != null) {
                d.unknown(Keys.REPLICA_REGIONS, unknownRegion, at);
            } else if (!regions.isEmpty()) {
                d.set(Keys.REPLICA_REGIONS, List.copyOf(regions), at);
            }
            if (!regions.isEmpty()) {
                d.set(Keys.COPY_TO_REGION, regions.get(0), at);
                d.set(Keys.CROSS_REGION, "Aurora global database, secondary in " + String.join(", ", regions), at);
            }
        }
    }

    /** The global database's primary: the one it was created from, else the member holding the credentials, else the first. */
    private static Res primary(Res global, List<Res> members) {
        for (Res m : global.refs("source_db_cluster_identifier")) {
            return m;
        }
        for (Res m : members) {
            if (m.attr("master_username") != null || m.attr("master_password") != null || m.attr("manage_master_user_password") != null) {
                return m;
            }
        }
        return members.isEmpty() ? null : members.get(0);
    }

    /** A serverless capacity bound in plain digits ({@code 10}, never {@code 1E+1}), or "?" when not known offline. */
    private static String acu(Res c, String bound) {
        var v = c.num("serverlessv2_scaling_configuration." + bound);
        return v.known() ? dev.cloudwright.core.Fmt.num(v.value()) : "?";
    }
}
