package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Aurora (and Multi-AZ DB) clusters with their instances and global database membership. */
@ResourceAdapter.Adapts(anchors = "aws_rds_cluster", absorbs = {"aws_rds_cluster_instance", "aws_rds_global_cluster", "aws_rds_cluster_parameter_group"},
        summary = "Aurora cluster: engine, instances and classes, zones, encryption, backups, global database")
final class AuroraAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> clusters, Context ctx) {
        for (Res c : clusters) {
            String engine = c.str("engine").orElse("aurora");
            Draft d = ctx.component(c, Role.DATABASE, engine.startsWith("aurora") ? "aws.aurora" : "aws.rds");
            d.property("engine", engine.startsWith("aurora-") ? engine.substring(7) : engine.equals("aurora") ? "mysql" : engine);
            d.property("engine_version", c.str("engine_version"));
            List<Res> instances = c.referrers("aws_rds_cluster_instance", "cluster_identifier");
            Set<String> classes = new LinkedHashSet<>();
            boolean publicInstance = false;
            for (Res i : instances) {
                ctx.absorb(i, d);
                Fact<String> cls = i.str("instance_class");
                if (cls.known()) {
                    classes.add(cls.value());
                }
                publicInstance |= Fact.isTrue(i.bool("publicly_accessible"));
                Fact<String> az = i.str("availability_zone");
                if (az.known()) {
                    d.zones.add(az.value());
                }
                d.property("performance_insights", i.bool("performance_insights_enabled"));
            }
            if (!classes.isEmpty()) {
                d.sku(Fact.explicit(classes.iterator().next(), c.range()));
                if (classes.size() > 1) {
                    d.property("instance_classes", String.join(", ", classes));
                }
            } else if (c.str("db_cluster_instance_class").known()) {
                d.sku(c.str("db_cluster_instance_class"));
            }
            if (!instances.isEmpty()) {
                d.count = Aws.count(instances);
                if (d.count.known()) {
                    d.replicas = Math.max(0, d.count.value() - 1);
                    d.property("topology", "1 writer + " + d.replicas + " reader" + (d.replicas == 1 ? "" : "s"));
                    d.property("deployment", d.count.value() > 1 ? "multi-az" : "single-az");
                }
            }
            if (c.attr("serverlessv2_scaling_configuration.max_capacity") != null) {
                d.property("serverless_v2", "ACU " + c.num("serverlessv2_scaling_configuration.min_capacity").orElse(null) + " to "
                        + c.num("serverlessv2_scaling_configuration.max_capacity").orElse(null));
            }
            for (Res g : c.refs("db_subnet_group_name")) {
                ctx.support(g, "subnet group of " + c.address());
                if (d.zones.size() < 2 && d.count.orElse(1) > 1) {
                    ctx.zonesFromSubnets(d, g.refs("subnet_ids"));
                }
            }
            d.encryptedAtRest = c.bool("storage_encrypted");
            Aws.key(d, c, "kms_key_id", ctx);
            d.publicEndpoint = Fact.explicit(publicInstance, c.range());
            d.backupRetentionDays = c.integer("backup_retention_period");
            d.pointInTimeRecovery = d.backupRetentionDays.known() ? Fact.explicit(d.backupRetentionDays.value() > 0, c.range())
                    : Fact.unknown(d.backupRetentionDays.reason() == null ? "not known" : d.backupRetentionDays.reason(), c.range());
            d.deletionProtection = c.bool("deletion_protection");
            d.property("iam_auth", c.bool("iam_database_authentication_enabled"));
            d.property("password", c.attr("master_password") != null ? "set in the configuration (stored in state)"
                    : Fact.isTrue(c.bool("manage_master_user_password")) ? "managed by RDS in Secrets Manager" : null);
            d.property("log_exports", c.strings("enabled_cloudwatch_logs_exports"));
            for (Res g : c.refs("global_cluster_identifier")) {
                ctx.support(g, "global database");
                List<Res> members = g.referrers("aws_rds_cluster", "global_cluster_identifier");
                Res primary = primary(g, members);
                for (Res other : members) {
                    if (other == c || other.region() == null || other.region().equals(c.region())) {
                        continue;
                    }
                    if (primary == c) {
                        d.copyToRegion = other.region();
                        d.property("cross_region", "Aurora global database, secondary in " + other.region());
                        ctx.link(c, other, Connection.Kind.REPLICATION, "Aurora storage replication", 0, false);
                    } else if (other == primary) {
                        d.property("role", "Aurora global database secondary cluster (primary " + other.address() + ")");
                    }
                }
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
}
