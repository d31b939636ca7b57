package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Role;
import java.util.List;

/** ElastiCache replication groups, standalone clusters and serverless caches. */
@ResourceAdapter.Adapts(anchors = {"aws_elasticache_replication_group", "aws_elasticache_cluster", "aws_elasticache_serverless_cache"},
        absorbs = {"aws_elasticache_subnet_group", "aws_elasticache_parameter_group", "aws_elasticache_user", "aws_elasticache_user_group"},
        summary = "ElastiCache: engine, node type, shards and replicas, failover, Multi-AZ, encryption, snapshots")
final class CacheAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> all, Context ctx) {
        for (Res r : all) {
            switch (r.type()) {
                case "aws_elasticache_replication_group" -> group(r, ctx);
                case "aws_elasticache_serverless_cache" -> serverless(r, ctx);
                default -> {
                }
            }
        }
        for (Res r : all) {
            if (r.type().equals("aws_elasticache_cluster")) {
                if (!r.refs("replication_group_id").isEmpty()) {
                    Draft owner = ctx.owner(r.refs("replication_group_id").get(0));
                    if (owner != null) {
                        ctx.absorb(r, owner);
                        continue;
                    }
                }
                cluster(r, ctx);
            }
        }
    }

    private static void group(Res g, Context ctx) {
        Draft d = ctx.component(g, Role.CACHE, "aws.elasticache");
        d.property("engine", g.str("engine"));
        d.sku(g.str("node_type"));
        Fact<Integer> groups = g.integer("num_node_groups");
        Fact<Integer> replicas = g.integer("replicas_per_node_group");
        Fact<Integer> clusters = g.integer("num_cache_clusters");
        if (groups.known() || replicas.known()) {
            d.shards = groups.orElse(1);
            d.replicas = replicas.orElse(1);
            d.count = Fact.explicit(d.shards * (d.replicas + 1), g.range());
            d.property("cluster_mode", d.shards > 1 ? "enabled" : "enabled (one shard)");
        } else {
            d.count = clusters.known() ? clusters : clusters.isUnknown() ? clusters : Fact.defaulted(1, "AWS default: one node");
            if (clusters.known()) {
                d.replicas = Math.max(0, clusters.value() - 1);
            }
            d.shards = 1;
        }
        Fact<Boolean> failover = g.bool("automatic_failover_enabled");
        Fact<Boolean> multiAz = g.bool("multi_az_enabled");
        d.property("failover", Fact.isTrue(failover) ? "automatic" + (Fact.isTrue(multiAz) ? ", Multi-AZ" : "") : failover.known() ? "manual" : null);
        if (failover.isUnknown()) {
            d.unknown("failover", failover.reason());
        }
        d.encryptedAtRest = g.bool("at_rest_encryption_enabled");
        if (d.encryptedAtRest.origin() == Fact.Origin.ABSENT) {
            Fact<String> engine = g.str("engine");
            if (engine.known()) {
                boolean valkey = engine.value().equals("valkey");
                d.encryptedAtRest = Fact.defaulted(valkey, "AWS default: encryption at rest is " + (valkey ? "on for Valkey" : "off for Redis OSS")
                        + " when not set (provider 6 does not send it)");
            }
        }
        Aws.key(d, g, "kms_key_id", ctx);
        d.encryptedInTransit = g.bool("transit_encryption_enabled");
        d.property("auth", g.attr("auth_token") != null ? "AUTH token" : !g.refs("user_group_ids").isEmpty() ? "RBAC user group" : "none");
        d.backupRetentionDays = g.integer("snapshot_retention_limit");
        Fact<List<String>> azs = g.strings("preferred_cache_cluster_azs");
        if (azs.known()) {
            d.zones.addAll(azs.value());
        } else {
            for (Res sg : g.refs("subnet_group_name")) {
                ctx.support(sg, "subnet group of " + g.address());
                if (d.count.orElse(1) > 1) {
                    ctx.zonesFromSubnets(d, sg.refs("subnet_ids"));
                }
            }
        }
        for (Res gl : ctx.index.ofType("aws_elasticache_global_replication_group")) {
            if (gl.refs("primary_replication_group_id").contains(g)) {
                ctx.support(gl, "global datastore");
                d.property("cross_region", "global datastore");
            }
        }
    }

    private static void cluster(Res c, Context ctx) {
        Draft d = ctx.component(c, Role.CACHE, "aws.elasticache");
        d.property("engine", c.str("engine"));
        d.sku(c.str("node_type"));
        d.count = c.integer("num_cache_nodes");
        d.property("az_mode", c.str("az_mode"));
        d.encryptedInTransit = c.bool("transit_encryption_enabled");
        d.backupRetentionDays = c.integer("snapshot_retention_limit");
        Fact<String> az = c.str("availability_zone");
        if (az.known()) {
            d.zones.add(az.value());
        }
        c.strings("preferred_availability_zones").orElse(List.of()).forEach(d.zones::add);
    }

    private static void serverless(Res s, Context ctx) {
        Draft d = ctx.component(s, Role.CACHE, "aws.elasticache");
        d.property("engine", s.str("engine"));
        d.property("deployment", "serverless");
        ctx.zonesFromSubnets(d, s.refs("subnet_ids"));
        if (s.attr("subnet_ids") == null) {
            Aws.managedZones(d);
        }
        d.encryptedAtRest = Fact.defaulted(true, "ElastiCache Serverless always encrypts data at rest");
        d.encryptedInTransit = Fact.defaulted(true, "ElastiCache Serverless requires TLS");
        Aws.key(d, s, "kms_key_id", ctx);
        d.backupRetentionDays = s.integer("snapshot_retention_limit");
    }
}
