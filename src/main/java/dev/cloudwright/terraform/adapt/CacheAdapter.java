package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.eval.Value;
import java.util.ArrayList;
import java.util.List;

/** ElastiCache replication groups, standalone clusters and serverless caches. */
@ResourceAdapter.Adapts(anchors = {"aws_elasticache_replication_group", "aws_elasticache_cluster", "aws_elasticache_serverless_cache"},
        absorbs = {"aws_elasticache_subnet_group", "aws_elasticache_parameter_group", "aws_elasticache_user", "aws_elasticache_user_group"},
        services = {"aws.elasticache", "aws.elasticache-serverless"},
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

    private static Fact<Engine> engine(Res r) {
        Fact<String> e = r.str("engine");
        return e.isAbsent() ? Fact.unknown("engine is not set", r.range()) : ProviderNames.ELASTICACHE_ENGINE.read(e, "engine");
    }

    private static void group(Res g, Context ctx) {
        Draft d = ctx.component(g, Role.CACHE, "aws.elasticache");
        Fact<Engine> engine = engine(g);
        d.set(Keys.ENGINE, engine);
        d.sku(g.str("node_type"));
        Fact<Integer> groups = g.integer("num_node_groups");
        Fact<Integer> replicas = g.integer("replicas_per_node_group");
        Fact<Integer> clusters = g.integer("num_cache_clusters");
        if (groups.known() || replicas.known()) {
            d.shards = groups.orElse(1);
            d.replicas = replicas.orElse(1);
            d.count = Fact.explicit(d.shards * (d.replicas + 1), g.range());
            d.set(Keys.CLUSTER_MODE, true, (groups.known() ? groups : replicas).at());
        } else {
            d.count = clusters.known() || clusters.isUnknown() ? clusters : Fact.defaulted(1, "AWS default: one node");
            if (clusters.known()) {
                d.replicas = Math.max(0, clusters.value() - 1);
            }
            d.shards = 1;
        }
        Fact<Boolean> failover = g.bool("automatic_failover_enabled");
        Fact<Boolean> multiAz = g.bool("multi_az_enabled");
        d.set(Keys.FAILOVER, failover.map(on -> on ? "automatic" + (Fact.isTrue(multiAz) ? ", Multi-AZ" : "") : "manual"));
        Fact<Boolean> atRest = g.bool("at_rest_encryption_enabled");
        if (atRest.isAbsent() && engine.known()) {
            boolean valkey = engine.value() == Engine.VALKEY;
            atRest = Fact.defaulted(valkey, "AWS default: encryption at rest is " + (valkey ? "on for Valkey" : "off for Redis OSS")
                    + " when not set (provider 6 does not send it) (" + Defaults.row("aws_elasticache_replication_group", "at_rest_encryption_enabled")
                            .map(Defaults.Default::source).orElse("") + ")");
        } else if (atRest.isAbsent() && engine.isUnknown()) {
            atRest = Fact.unknown("at_rest_encryption_enabled is not set and its default depends on the engine, not known: " + engine.reason(), g.range());
        }
        d.set(Keys.ENCRYPTED_AT_REST, atRest);
        Aws.key(d, g, "kms_key_id", ctx);
        d.set(Keys.ENCRYPTED_IN_TRANSIT, g.bool("transit_encryption_enabled"));
        if (g.attr("auth_token") != null) {
            d.set(Keys.AUTH, "AUTH token", g.attr("auth_token").range());
        } else if (!g.refs("user_group_ids").isEmpty()) {
            d.set(Keys.AUTH, "RBAC user group", g.attr("user_group_ids").range());
        } else {
            d.defaulted(Keys.AUTH, "none", "neither auth_token nor user_group_ids is set: clients connect without authentication");
        }
        d.set(Keys.BACKUP_RETENTION_DAYS, g.integer("snapshot_retention_limit"));
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
        parameterGroups(g, d, ctx);
        global(g, d, ctx);
    }

    /** The parameter groups a cache names in {@code parameter_group_name}, by reference or by their name in its region: part of it. */
    private static void parameterGroups(Res c, Draft d, Context ctx) {
        Value name = c.value("parameter_group_name");
        List<Res> refs = c.refs("parameter_group_name");
        for (Res pg : ctx.index.managed("aws_elasticache_parameter_group")) {
            boolean sameRegion = pg.region() == null || c.region() == null || pg.region().equals(c.region());
            if (refs.contains(pg) || name instanceof Value.Str n && pg.value("name") instanceof Value.Str pn && pn.equals(n) && sameRegion) {
                ctx.absorb(pg, d);
            }
        }
    }

    /** A global datastore: the primary group replicates to the secondaries' regions; a secondary replicates from the primary. */
    private static void global(Res g, Draft d, Context ctx) {
        for (Res gl : ctx.index.ofType("aws_elasticache_global_replication_group")) {
            if (gl.refs("primary_replication_group_id").contains(g)) {
                ctx.support(gl, "global datastore");
                List<String> regions = new ArrayList<>();
                for (Res s : gl.referrers("aws_elasticache_replication_group", "global_replication_group_id")) {
                    if (s != g && s.region() != null && !s.region().equals(g.region()) && !regions.contains(s.region())) {
                        regions.add(s.region());
                    }
                }
                d.set(Keys.CROSS_REGION, "global datastore" + (regions.isEmpty() ? "" : ", secondary in " + String.join(", ", regions)), gl.range());
                d.set(Keys.REPLICA_REGIONS, regions, gl.range());
            }
        }
        for (Res gl : g.refs("global_replication_group_id")) {
            for (Res primary : gl.refs("primary_replication_group_id")) {
                if (primary != g) {
                    var at = g.attr("global_replication_group_id").range();
                    d.set(Keys.PART, "global datastore secondary (primary " + primary.address() + ")", at);
                    d.set(Keys.REPLICA_OF, primary.address(), at);
                }
            }
        }
    }

    private static void cluster(Res c, Context ctx) {
        Draft d = ctx.component(c, Role.CACHE, "aws.elasticache");
        d.set(Keys.ENGINE, engine(c));
        d.sku(c.str("node_type"));
        d.count = c.integer("num_cache_nodes");
        d.set(Keys.AZ_MODE, c.str("az_mode"));
        d.set(Keys.ENCRYPTED_IN_TRANSIT, c.bool("transit_encryption_enabled"));
        d.set(Keys.BACKUP_RETENTION_DAYS, c.integer("snapshot_retention_limit"));
        Fact<String> az = c.str("availability_zone");
        if (az.known()) {
            d.zones.add(az.value());
        }
        c.strings("preferred_availability_zones").orElse(List.of()).forEach(d.zones::add);
        parameterGroups(c, d, ctx);
    }

    private static void serverless(Res s, Context ctx) {
        Draft d = ctx.component(s, Role.CACHE, "aws.elasticache-serverless");
        d.set(Keys.ENGINE, engine(s));
        d.set(Keys.TOPOLOGY, "serverless", s.range());
        ctx.zonesFromSubnets(d, s.refs("subnet_ids"));
        if (s.attr("subnet_ids") == null) {
            Aws.managedZones(d);
        }
        d.defaulted(Keys.ENCRYPTED_AT_REST, true, "ElastiCache Serverless always encrypts data at rest");
        d.defaulted(Keys.ENCRYPTED_IN_TRANSIT, true, "ElastiCache Serverless requires TLS");
        Aws.key(d, s, "kms_key_id", ctx);
        d.set(Keys.BACKUP_RETENTION_DAYS, s.integer("snapshot_retention_limit"));
    }
}
