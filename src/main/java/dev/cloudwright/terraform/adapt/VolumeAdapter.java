package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/**
 * EBS volumes and snapshots, each a component of its own (a volume attached to an instance is still billed as itself):
 * type, size, provisioned IOPS and throughput, zone, encryption.
 */
@ResourceAdapter.Adapts(anchors = {"aws_ebs_volume", "aws_ebs_snapshot", "aws_ebs_snapshot_copy"},
        services = {"aws.ebs", "aws.ebs-snapshot"},
        summary = "EBS volume: type, size, IOPS and throughput, zone, encryption; EBS snapshot and snapshot copy (storage, a usage)")
final class VolumeAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> all, Context ctx) {
        for (Res r : all) {
            if (r.type().equals("aws_ebs_volume")) {
                volume(r, ctx);
            } else {
                Draft d = ctx.component(r, Role.STORAGE, "aws.ebs-snapshot");
                Aws.managedZones(d);
                d.set(Keys.ENCRYPTED_AT_REST, r.bool("encrypted"));
                d.count = Fact.explicit(1, r.range());
            }
        }
    }

    private static void volume(Res v, Context ctx) {
        Draft d = ctx.component(v, Role.STORAGE, "aws.ebs");
        d.count = Fact.explicit(1, v.range());
        Fact<Integer> size = v.integer("size");
        if (size.known()) {
            d.storageGb = (double) size.value();
        } else if (size.isUnknown()) {
            d.unresolved("storage", size.reason());
        } else {
            d.unresolved("storage", v.attr("snapshot_id") != null ? "size is not set: the volume takes the size of its snapshot, not known offline"
                    : "size is not set");
        }
        d.set(Keys.STORAGE_TYPE, v.str("type"));
        d.set(Keys.IOPS, v.integer("iops"));
        d.set(Keys.THROUGHPUT_MBPS, v.integer("throughput"));
        d.set(Keys.ENCRYPTED_AT_REST, v.bool("encrypted").or(Fact.unknown("encrypted is not set: the volume is encrypted when the account's EBS"
                + " encryption by default is on, which the configuration does not say", v.range())));
        Aws.key(d, v, "kms_key_id", ctx);
        String attached = null;
        for (Res att : v.referrers("aws_volume_attachment", "volume_id")) {
            for (Res i : att.refs("instance_id")) {
                attached = "instance " + i.address();
            }
            if (attached == null) {
                attached = "by " + att.address();
            }
        }
        d.set(Keys.ATTACHED_TO, attached == null ? "not attached in this configuration (an unattached volume is billed too)" : "attached to " + attached,
                v.range());
        Fact<String> az = v.str("availability_zone");
        if (az.known()) {
            d.zones.add(az.value());
        } else if (az.isUnknown()) {
            d.zonesUnknown = az.reason();
        }
    }
}
