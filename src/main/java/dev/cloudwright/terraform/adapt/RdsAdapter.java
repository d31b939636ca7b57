package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.math.BigDecimal;
import java.util.List;

/** RDS DB instances (not Aurora cluster members), read replicas and cross-region backup replication. */
@ResourceAdapter.Adapts(anchors = "aws_db_instance",
        absorbs = {"aws_db_subnet_group", "aws_db_parameter_group", "aws_db_option_group", "aws_db_instance_automated_backups_replication"},
        services = "aws.rds",
        summary = "RDS instance: engine, class, storage, Multi-AZ, encryption, backups, deletion protection, public access, replicas")
final class RdsAdapter implements ResourceAdapter {
    static final String NO_LOG_EXPORTS = "no enabled_cloudwatch_logs_exports: the database's logs stay on the instance and are not exported to CloudWatch Logs"
            + " (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html)";


    /** Why an instance without multi_az is Single-AZ. */
    static final String SINGLE_AZ = "RDS creates a Single-AZ DB instance unless multi_az is set"
            + " (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html, MultiAZ)";

    @Override
    public void adapt(List<Res> dbs, Context ctx) {
        for (Res db : dbs) {
            Draft d = ctx.component(db, Role.DATABASE, "aws.rds");
            d.set(Keys.ENGINE, engine(db));
            d.set(Keys.ENGINE_VERSION, db.str("engine_version"));
            d.set(Keys.ENGINE_EDITION, edition(db));
            d.sku(db.str("instance_class"));
            Fact<BigDecimal> storage = db.num("allocated_storage");
            if (storage.known()) {
                d.storageGb = storage.value().doubleValue();
            } else if (storage.isUnknown()) {
                d.unresolved("storage_gb", storage.reason());
            }
            d.set(Keys.STORAGE_TYPE, db.str("storage_type").or(Fact.defaulted(db.attr("iops") != null ? "io1" : "gp2",
                    "storage_type is not set: " + Defaults.explained("aws_db_instance", "storage_type"))));
            d.set(Keys.IOPS, db.integer("iops"));
            d.set(Keys.THROUGHPUT_MBPS, db.integer("storage_throughput"));
            Fact<Boolean> multiAz = db.bool("multi_az").or(Fact.defaulted(false, SINGLE_AZ));
            d.set(Keys.DEPLOYMENT, multiAz.map(m -> m ? Deployment.MULTI_AZ : Deployment.SINGLE_AZ));
            // One instance: a Multi-AZ standby is part of it (priced by the deployment), as the designer counts it.
            d.count = Fact.explicit(1, db.range());
            d.replicas = 0;
            d.set(Keys.TOPOLOGY, multiAz.map(m -> m ? "primary with synchronous standby in another zone" : "single instance"));
            subnets(d, db, ctx, Fact.isTrue(multiAz));
            d.set(Keys.ENCRYPTED_AT_REST, db.bool("storage_encrypted"));
            Aws.key(d, db, "kms_key_id", ctx);
            d.set(Keys.PUBLIC_ENDPOINT, db.bool("publicly_accessible"));
            Fact<Integer> retention = db.integer("backup_retention_period");
            d.set(Keys.BACKUP_RETENTION_DAYS, retention);
            d.set(Keys.POINT_IN_TIME_RECOVERY, retention.map(days -> days > 0));
            d.set(Keys.DELETION_PROTECTION, db.bool("deletion_protection"));
            d.set(Keys.IAM_AUTH, db.bool("iam_database_authentication_enabled"));
            d.set(Keys.PERFORMANCE_INSIGHTS, db.bool("performance_insights_enabled"));
            d.set(Keys.MONITORING_INTERVAL, db.integer("monitoring_interval"));
            d.list(Keys.LOG_EXPORTS, db.strings("enabled_cloudwatch_logs_exports"), NO_LOG_EXPORTS);
            d.set(Keys.SKIP_FINAL_SNAPSHOT, db.bool("skip_final_snapshot"));
            password(d, db, "password");
            for (Res src : db.refs("replicate_source_db")) {
                d.set(Keys.PART, "read replica of " + src.address(), db.attr("replicate_source_db").range());
                d.set(Keys.REPLICA_OF, src.address(), db.attr("replicate_source_db").range());
                ctx.link(src, db, Connection.Kind.REPLICATION, "native replication", 0, false);
            }
            for (Res rep : db.referrers("aws_db_instance_automated_backups_replication", "source_db_instance_arn")) {
                ctx.absorb(rep, d);
                if (rep.region() != null) {
                    d.set(Keys.COPY_TO_REGION, rep.region(), rep.range());
                } else {
                    d.unknown(Keys.COPY_TO_REGION, rep.regionUnknownReason() == null ? "the region of " + rep.address() + " is not known offline"
                            : rep.regionUnknownReason(), rep.range());
                }
                d.set(Keys.BACKUP_REPLICATION, "automated backups copied to " + (rep.region() == null ? "another region" : rep.region()), rep.range());
            }
            for (String t : new String[] {"aws_db_parameter_group", "aws_db_option_group"}) {
                for (Res g : db.refs(t.equals("aws_db_parameter_group") ? "parameter_group_name" : "option_group_name")) {
                    ctx.support(g, "configuration of " + db.address());
                }
            }
        }
    }

    /** The engine in the model's words; an engine AWS names but the model has not (db2-se, custom-oracle-ee...) is unknown, naming it. */
    static Fact<dev.cloudwright.model.Engine> engine(Res db) {
        Fact<String> e = db.str("engine");
        if (e.isAbsent()) {
            for (Res src : db.refs("replicate_source_db")) {
                if (src != db && src.type().equals("aws_db_instance")) {
                    return engine(src);
                }
            }
            return Fact.unknown("engine is not set: it comes from the source database or snapshot, not known offline", db.range());
        }
        return ProviderNames.RDS_ENGINE.read(e, "engine");
    }

    /**
     * The edition the instance hours are priced by, for the engines with editions and licences: SQL Server editions are
     * licence included on RDS; Oracle Enterprise Edition is bring-your-own-licence only; Standard Edition 2 is either,
     * as {@code license_model} says. Other engines have none (absent).
     */
    static Fact<String> edition(Res db) {
        Fact<String> e = db.str("engine");
        if (!e.known()) {
            return Fact.absent();
        }
        String engine = e.value().replace("-cdb", "");
        if (engine.startsWith("sqlserver-")) {
            return Fact.explicit(engine, db.attr("engine").range());
        }
        if (engine.equals("oracle-ee")) {
            return Fact.explicit("oracle-ee-byol", db.attr("engine").range());
        }
        if (engine.equals("oracle-se2")) {
            Fact<String> licence = db.str("license_model");
            if (licence.isAbsent()) {
                return Fact.unknown("license_model is not set: Oracle SE2 is offered licence included and bring-your-own-licence, at different prices",
                        db.attr("engine").range());
            }
            return licence.map(l -> l.equals("bring-your-own-license") ? "oracle-se2-byol" : "oracle-se2");
        }
        return Fact.absent();
    }

    /** How the master password is managed, never its value. */
    static void password(Draft d, Res db, String argument) {
        if (db.attr(argument) != null) {
            d.set(Keys.PASSWORD, "set in the configuration (stored in state)", db.attr(argument).range());
            // A value known offline is written in the configuration (a literal or a variable's default); one computed
            // (a generated password) or given at plan time is not.
            d.set(Keys.PASSWORD_IN_CONFIGURATION, db.attr(argument).value().isWhollyKnown() && !db.attr(argument).value().isNull(), db.attr(argument).range());
        } else if (Fact.isTrue(db.bool("manage_master_user_password"))) {
            d.set(Keys.PASSWORD, "managed by RDS in Secrets Manager", db.attr("manage_master_user_password").range());
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
