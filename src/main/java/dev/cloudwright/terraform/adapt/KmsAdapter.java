package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Usage;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.List;

/** KMS keys with their aliases, replicas and key policies. */
@ResourceAdapter.Adapts(anchors = {"aws_kms_key", "aws_kms_replica_key"}, absorbs = {"aws_kms_alias", "aws_kms_key_policy", "aws_kms_grant"},
        services = "aws.kms",
        summary = "KMS key: rotation, multi-Region, deletion window, aliases, replicas")
final class KmsAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> keys, Context ctx) {
        for (Res k : keys) {
            Draft d = ctx.component(k, Role.KEY_MANAGEMENT, "aws.kms");
            Aws.managedZones(d);
            d.usage(Usage.KEYS, 1); // every key, replica keys included, is billed monthly
            if (k.type().equals("aws_kms_replica_key")) {
                replica(k, d, ctx);
                continue;
            }
            d.set(Keys.ROTATION, k.bool("enable_key_rotation"));
            d.set(Keys.ROTATION_DAYS, k.integer("rotation_period_in_days"));
            d.set(Keys.MULTI_REGION, k.bool("multi_region"));
            d.set(Keys.DELETION_WINDOW_DAYS, k.integer("deletion_window_in_days"));
            d.set(Keys.KEY_USAGE, k.str("key_usage"));
            d.set(Keys.KEY_SPEC, k.str("customer_master_key_spec"));
            List<Res> policies = k.referrers("aws_kms_key_policy", "key_id");
            ResourcePolicies.anonymous(k.attr("policy"), d, ctx);
            for (Res p : policies) {
                ResourcePolicies.anonymous(p.attr("policy"), d, ctx);
            }
            if (k.attr("policy") != null) {
                d.set(Keys.KEY_POLICY, "custom", k.attr("policy").range());
            } else if (!policies.isEmpty()) {
                d.set(Keys.KEY_POLICY, "custom", policies.get(0).range());
            } else {
                d.defaulted(Keys.KEY_POLICY, "default", "no policy: KMS attaches the default key policy, giving the account full access"
                        + " (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html)");
            }
            List<String> aliases = new ArrayList<>();
            for (Res a : k.referrers("aws_kms_alias", "target_key_id")) {
                ctx.absorb(a, d);
                aliases.add(a.str("name").orElse("?"));
            }
            if (!aliases.isEmpty()) {
                d.set(Keys.ALIASES, aliases, k.referrers("aws_kms_alias", "target_key_id").get(0).range());
            }
            List<String> regions = new ArrayList<>();
            for (Res r : k.referrers("aws_kms_replica_key", "primary_key_arn")) {
                if (r.region() != null && !regions.contains(r.region())) {
                    regions.add(r.region());
                    d.set(Keys.COPY_TO_REGION, r.region(), r.range());
                }
            }
            if (!regions.isEmpty()) {
                d.set(Keys.REPLICA_REGIONS, regions, k.referrers("aws_kms_replica_key", "primary_key_arn").get(0).range());
            }
            for (String t : new String[] {"aws_kms_key_policy", "aws_kms_grant"}) {
                for (Res r : k.referrers(t, "key_id")) {
                    ctx.absorb(r, d);
                }
            }
        }
    }

    /** A replica key: multi-Region by definition, replicating from its primary. */
    private static void replica(Res k, Draft d, Context ctx) {
        var at = k.attr("primary_key_arn") == null ? k.range() : k.attr("primary_key_arn").range();
        d.set(Keys.MULTI_REGION, true, at);
        List<Res> primary = k.refs("primary_key_arn");
        if (!primary.isEmpty()) {
            Draft owner = ctx.owner(primary.get(0));
            d.set(Keys.REPLICA_OF, owner != null ? owner.id : primary.get(0).address(), at);
        } else {
            d.set(Keys.REPLICA_OF, k.str("primary_key_arn"));
        }
        d.set(Keys.DELETION_WINDOW_DAYS, k.integer("deletion_window_in_days"));
        for (Res a : k.referrers("aws_kms_alias", "target_key_id")) {
            ctx.absorb(a, d);
        }
    }
}
