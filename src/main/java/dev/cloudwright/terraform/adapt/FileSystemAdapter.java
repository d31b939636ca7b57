package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Setting;
import dev.cloudwright.model.Role;
import java.util.List;

/**
 * Shared file systems: EFS (Regional or One Zone, throughput mode, with its mount targets, access points and policies) and
 * FSx for Windows File Server, Lustre and OpenZFS (storage capacity and type, deployment, throughput capacity).
 */
@ResourceAdapter.Adapts(anchors = {"aws_efs_file_system", "aws_fsx_windows_file_system", "aws_fsx_lustre_file_system", "aws_fsx_openzfs_file_system"},
        absorbs = {"aws_efs_mount_target", "aws_efs_access_point", "aws_efs_backup_policy", "aws_efs_file_system_policy"},
        services = {"aws.efs", "aws.fsx"},
        summary = "EFS file system: One Zone or Regional, provisioned throughput, encryption; FSx file system: kind, storage capacity and type, deployment, throughput")
final class FileSystemAdapter implements ResourceAdapter {
    private static final String FSX_DOCS = "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/";

    @Override
    public void adapt(List<Res> all, Context ctx) {
        for (Res r : all) {
            if (r.type().equals("aws_efs_file_system")) {
                efs(r, ctx);
            } else {
                fsx(r, ctx);
            }
        }
    }

    private static void efs(Res fs, Context ctx) {
        Draft d = ctx.component(fs, Role.STORAGE, "aws.efs");
        Fact<String> az = fs.str("availability_zone_name");
        if (az.known()) {
            d.zones.add(az.value());
            d.set(Keys.ONE_ZONE, true, az.at());
        } else if (az.isUnknown()) {
            d.unknown(Keys.ONE_ZONE, az.reason(), az.at());
        } else {
            Aws.managedZones(d);
            d.defaulted(Keys.ONE_ZONE, false, "no availability_zone_name: a Regional file system, stored across the region's zones");
        }
        Fact<String> mode = fs.str("throughput_mode");
        if (mode.known() && mode.value().equals("provisioned")) {
            d.set(Keys.THROUGHPUT_MBPS, fs.num("provisioned_throughput_in_mibps").map(java.math.BigDecimal::intValue));
        } else if (mode.isUnknown()) {
            d.unknown(Keys.THROUGHPUT_MBPS, mode.reason(), mode.at());
        }
        d.set(Keys.ENCRYPTED_AT_REST, fs.bool("encrypted").or(Fact.defaulted(false, "encrypted is not set: "
                + Defaults.explained("aws_efs_file_system", "encrypted"))));
        Aws.key(d, fs, "kms_key_id", ctx);
        backups(fs, d);
        for (String t : new String[] {"aws_efs_mount_target", "aws_efs_access_point", "aws_efs_backup_policy", "aws_efs_file_system_policy"}) {
            for (Res r : fs.referrers(t, "file_system_id")) {
                ctx.absorb(r, d);
            }
        }
    }

    /** Days of automatic backups, where the file system's backup policy says (AWS Backup raises it for a plan covering it). */
    static final String AUTOMATIC_BACKUPS = "https://docs.aws.amazon.com/efs/latest/ug/automatic-backups.html";

    private static void backups(Res fs, Draft d) {
        for (Res p : fs.referrers("aws_efs_backup_policy", "file_system_id")) {
            Fact<String> status = p.str("backup_policy.status");
            if (status.isUnknown()) {
                d.unknown(Keys.BACKUP_RETENTION_DAYS, status.reason(), status.at());
            } else if (status.known()) {
                boolean on = status.value().equals("ENABLED") || status.value().equals("ENABLING");
                // automatic backups: daily, kept 35 days (AUTOMATIC_BACKUPS)
                d.set(Keys.BACKUP_RETENTION_DAYS, on ? 35 : 0, status.at());
            }
            return;
        }
        Setting<Boolean> oneZone = d.setting(Keys.ONE_ZONE);
        if (oneZone == null || !oneZone.known()) {
            d.unknown(Keys.BACKUP_RETENTION_DAYS, "no aws_efs_backup_policy: automatic backups are on by default for One Zone file systems only,"
                    + " and whether this one is One Zone is not known offline (" + AUTOMATIC_BACKUPS + ")", fs.range());
            return;
        }
        boolean on = oneZone.value();
        d.defaulted(Keys.BACKUP_RETENTION_DAYS, on ? 35 : 0, "no aws_efs_backup_policy: created through the API, a file system has automatic backups"
                + " (daily, kept 35 days) by default only when it is One Zone (" + AUTOMATIC_BACKUPS + ")");
    }

    private static void fsx(Res fs, Context ctx) {
        Draft d = ctx.component(fs, Role.STORAGE, "aws.fsx");
        String kind = fs.type().replace("aws_fsx_", "").replace("_file_system", "");
        d.set(Keys.FILE_SYSTEM, kind, fs.range());
        Fact<Integer> capacity = fs.integer("storage_capacity");
        if (capacity.known()) {
            d.storageGb = (double) capacity.value();
        } else {
            d.unresolved("storage", capacity.isUnknown() ? capacity.reason() : "storage_capacity is not set");
        }
        String docs = FSX_DOCS + "fsx_" + kind + "_file_system";
        d.set(Keys.STORAGE_TYPE, fs.str("storage_type").or(Fact.defaulted("SSD", "storage_type is not set: SSD (" + docs + ")")));
        Fact<String> deployment = fs.str("deployment_type");
        if (deployment.isAbsent()) {
            deployment = switch (kind) {
                case "windows" -> Fact.defaulted("SINGLE_AZ_1", "deployment_type is not set: SINGLE_AZ_1 (" + docs + ")");
                case "lustre" -> Fact.defaulted("SCRATCH_1", "deployment_type is not set: SCRATCH_1 (" + docs + ")");
                default -> Fact.unknown("deployment_type is not set", fs.range());
            };
        }
        d.set(Keys.FS_DEPLOYMENT, deployment);
        d.set(Keys.THROUGHPUT_MBPS, fs.integer("throughput_capacity"));
        d.set(Keys.UNIT_THROUGHPUT, fs.integer("per_unit_storage_throughput"));
        if ("USER_PROVISIONED".equals(fs.str("disk_iops_configuration.mode").orElse(null))) {
            d.set(Keys.IOPS, fs.integer("disk_iops_configuration.iops"));
        }
        ctx.zonesFromSubnets(d, fs.refs("subnet_ids"));
        Aws.key(d, fs, "kms_key_id", ctx);
    }
}
