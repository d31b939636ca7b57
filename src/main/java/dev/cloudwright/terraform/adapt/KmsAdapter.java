package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.List;

/** KMS keys with their aliases, replicas and key policies. */
@ResourceAdapter.Adapts(anchors = {"aws_kms_key", "aws_kms_replica_key"}, absorbs = {"aws_kms_alias", "aws_kms_key_policy", "aws_kms_grant"},
        summary = "KMS key: rotation, multi-Region, deletion window, aliases, replicas")
final class KmsAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> keys, Context ctx) {
        for (Res k : keys) {
            Draft d = ctx.component(k, Role.KEY_MANAGEMENT, "aws.kms");
            if (k.type().equals("aws_kms_replica_key")) {
                Aws.managedZones(d);
                d.property("multi_region", "replica of " + k.refs("primary_key_arn").stream().map(Res::address).findFirst().orElse("a key in another region"));
                d.property("deletion_window_days", k.integer("deletion_window_in_days"));
                for (Res a : k.referrers("aws_kms_alias", "target_key_id")) {
                    ctx.absorb(a, d);
                }
                continue;
            }
            Aws.managedZones(d);
            d.property("rotation", k.bool("enable_key_rotation"));
            d.property("rotation_period_days", k.integer("rotation_period_in_days"));
            d.property("multi_region", k.bool("multi_region"));
            d.property("deletion_window_days", k.integer("deletion_window_in_days"));
            d.property("key_usage", k.str("key_usage"));
            d.property("key_spec", k.str("customer_master_key_spec"));
            d.property("key_policy", k.attr("policy") != null || !k.referrers("aws_kms_key_policy", "key_id").isEmpty() ? "custom" : "default");
            List<String> aliases = new ArrayList<>();
            for (Res a : k.referrers("aws_kms_alias", "target_key_id")) {
                ctx.absorb(a, d);
                aliases.add(a.str("name").orElse("?"));
            }
            d.property("aliases", String.join(", ", aliases));
            for (Res r : k.referrers("aws_kms_replica_key", "primary_key_arn")) {
                if (r.region() != null) {
                    d.copyToRegion = r.region();
                    d.property("replica", "replica key in " + r.region());
                }
            }
            for (String t : new String[] {"aws_kms_key_policy", "aws_kms_grant"}) {
                for (Res r : k.referrers(t, "key_id")) {
                    ctx.absorb(r, d);
                }
            }
        }
    }
}
