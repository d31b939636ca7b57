package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Role;
import java.math.BigDecimal;
import java.util.List;

/** RDS DB instances (not Aurora cluster members), read replicas and cross-region backup replication. */
@ResourceAdapter.Adapts(anchors = "aws_db_instance",
        absorbs = {"aws_db_subnet_group", "aws_db_parameter_group", "aws_db_option_group", "aws_db_instance_automated_backups_replication"},
        summary = "RDS instance: engine, class, storage, Multi-AZ, encryption, backups, deletion protection, public access, replicas")
final class RdsAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> dbs, Context ctx) {
        for (Res db : dbs) {
            Draft d = ctx.component(db, Role.DATABASE, "aws.rds");
            d.property("engine", db.str("engine"));
            d.property("engine_version", db.str("engine_version"));
            d.sku(db.str("instance_class"));
            Fact<BigDecimal> storage = db.num("allocated_storage");
            if (storage.known()) {
                d.storageGb = storage.value().doubleValue();
            }
            d.property("storage_type", db.str("storage_type"));
            Fact<Boolean> multiAz = db.bool("multi_az");
            d.property("deployment", multiAz.known() ? (multiAz.value() ? "multi-az" : "single-az") : null);
            if (multiAz.isUnknown()) {
                d.unknown("deployment", multiAz.reason());
            }
            // One instance: a Multi-AZ standby is part of it (priced by the deployment), as the designer counts it.
            d.count = Fact.explicit(1, db.range());
            d.replicas = 0;
            d.property("topology", Fact.isTrue(multiAz) ? "primary with synchronous standby in another zone" : "single instance");
            subnets(d, db, ctx, Fact.isTrue(multiAz));
            d.encryptedAtRest = db.bool("storage_encrypted");
            Aws.key(d, db, "kms_key_id", ctx);
            d.publicEndpoint = db.bool("publicly_accessible");
            d.backupRetentionDays = db.integer("backup_retention_period");
            d.pointInTimeRecovery = d.backupRetentionDays.known() ? Fact.explicit(d.backupRetentionDays.value() > 0, db.range()) : d.pointInTimeRecovery;
            d.deletionProtection = db.bool("deletion_protection");
            d.property("iam_auth", db.bool("iam_database_authentication_enabled"));
            d.property("performance_insights", db.bool("performance_insights_enabled"));
            d.property("skip_final_snapshot", db.bool("skip_final_snapshot"));
            d.property("password", db.attr("password") != null ? "set in the configuration (stored in state)"
                    : Fact.isTrue(db.bool("manage_master_user_password")) ? "managed by RDS in Secrets Manager" : null);
            for (Res src : db.refs("replicate_source_db")) {
                d.property("role", "read replica of " + src.address());
                ctx.link(src, db, Connection.Kind.REPLICATION, "native replication", 0, false);
            }
            for (Res rep : db.referrers("aws_db_instance_automated_backups_replication", "source_db_instance_arn")) {
                ctx.absorb(rep, d);
                d.copyToRegion = rep.region();
                d.property("backup_replication", "automated backups copied to " + (rep.region() == null ? "another region" : rep.region()));
            }
            for (String t : new String[] {"aws_db_parameter_group", "aws_db_option_group"}) {
                for (Res g : db.refs(t.equals("aws_db_parameter_group") ? "parameter_group_name" : "option_group_name")) {
                    ctx.support(g, "configuration of " + db.address());
                }
            }
        }
    }

    /** Zones: the instance's zone, or for Multi-AZ the zones of its subnet group. */
    static void subnets(Draft d, Res db, Context ctx, boolean spread) {
        List<Res> groups = db.refs("db_subnet_group_name");
        for (Res g : groups) {
            ctx.support(g, "subnet group of " + db.address());
            if (spread) {
                ctx.zonesFromSubnets(d, g.refs("subnet_ids"));
            }
        }
        Fact<String> az = db.str("availability_zone");
        if (az.known()) {
            d.zones.add(az.value());
        } else if (!spread && groups.isEmpty()) {
            d.zonesUnknown = "the zone is chosen by AWS";
        }
    }
}
