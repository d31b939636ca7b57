package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Usage;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;

/** Secrets Manager secrets with versions, rotation, replicas and resource policies. */
@ResourceAdapter.Adapts(anchors = "aws_secretsmanager_secret",
        absorbs = {"aws_secretsmanager_secret_version", "aws_secretsmanager_secret_rotation", "aws_secretsmanager_secret_policy"},
        services = "aws.secrets-manager",
        summary = "Secrets Manager secret: KMS key, rotation, replicas, recovery window, value in configuration")
final class SecretsAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> secrets, Context ctx) {
        for (Res s : secrets) {
            Draft d = ctx.component(s, Role.SECRETS, "aws.secrets-manager");
            Aws.managedZones(d);
            d.defaulted(Keys.ENCRYPTED_AT_REST, true, "Secrets Manager always encrypts secrets (aws/secretsmanager key when none is given)");
            Aws.key(d, s, "kms_key_id", ctx);
            d.set(Keys.RECOVERY_WINDOW_DAYS, s.integer("recovery_window_in_days"));
            List<Res> rotations = s.referrers("aws_secretsmanager_secret_rotation", "secret_id");
            rotations.forEach(r -> ctx.absorb(r, d));
            if (rotations.isEmpty()) {
                d.defaulted(Keys.ROTATION, false, "no aws_secretsmanager_secret_rotation: Secrets Manager does not rotate a secret unless rotation is configured");
            } else {
                d.set(Keys.ROTATION, true, rotations.get(0).range());
                d.set(Keys.ROTATION_DAYS, rotations.get(0).integer("rotation_rules.automatically_after_days"));
            }
            replicas(s, d);
            // a replica secret is billed as a secret of its own
            d.usage(Usage.SECRETS, 1 + (s.blocksUnknown("replica") ? 0 : s.blocks("replica").size()));
            for (Res v : s.referrers("aws_secretsmanager_secret_version", "secret_id")) {
                ctx.absorb(v, d);
                var value = v.attr("secret_string") != null ? v.attr("secret_string") : v.attr("secret_binary");
                if (value != null) {
                    d.set(Keys.VALUE_IN_CONFIGURATION, true, value.range());
                }
            }
            for (Res p : s.referrers("aws_secretsmanager_secret_policy", "secret_arn")) {
                ctx.absorb(p, d);
            }
        }
    }

    private static void replicas(Res s, Draft d) {
        List<String> regions = new ArrayList<>();
        String unknown = null;
        for (EvaluatedBody.Block r : s.blocks("replica")) {
            Fact<String> region = Res.str(r.body(), "region");
            if (region.known()) {
                regions.add(region.value());
                if (regions.size() == 1) {
                    d.set(Keys.COPY_TO_REGION, region);
                }
            } else {
                unknown = region.isUnknown() ? region.reason() : "a replica's region is not set";
            }
        }
        if (s.blocksUnknown("replica")) {
            unknown = "the replicas are generated from values not known offline";
        }
        if (s.blocks("replica").isEmpty()) {
            return;
        }
        if (unknown != null) {
            d.unknown(Keys.REPLICA_REGIONS, unknown, s.blocks("replica").get(0).range());
        } else {
            d.set(Keys.REPLICA_REGIONS, regions, s.blocks("replica").get(0).range());
        }
    }
}
