package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;

/** Secrets Manager secrets with versions, rotation, replicas and resource policies. */
@ResourceAdapter.Adapts(anchors = "aws_secretsmanager_secret",
        absorbs = {"aws_secretsmanager_secret_version", "aws_secretsmanager_secret_rotation", "aws_secretsmanager_secret_policy"},
        summary = "Secrets Manager secret: KMS key, rotation, replicas, recovery window, value in configuration")
final class SecretsAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> secrets, Context ctx) {
        for (Res s : secrets) {
            Draft d = ctx.component(s, Role.SECRETS, "aws.secrets-manager");
            Aws.managedZones(d);
            d.encryptedAtRest = Fact.defaulted(true, "Secrets Manager always encrypts secrets (aws/secretsmanager key when none is given)");
            Aws.key(d, s, "kms_key_id", ctx);
            d.property("recovery_window_days", s.integer("recovery_window_in_days"));
            List<Res> rotations = s.referrers("aws_secretsmanager_secret_rotation", "secret_id");
            rotations.forEach(r -> ctx.absorb(r, d));
            d.property("rotation", rotations.isEmpty() ? "none" : "every " + rotations.get(0).integer("rotation_rules.automatically_after_days").orElse(null)
                    + " days");
            List<String> replicas = new ArrayList<>();
            for (EvaluatedBody.Block r : s.blocks("replica")) {
                String region = LoadBalancerAdapter.str(r.body(), "region");
                replicas.add(region == null ? "?" : region);
            }
            if (!replicas.isEmpty()) {
                d.property("replica", "replicated to " + String.join(", ", replicas));
                d.copyToRegion = replicas.get(0).equals("?") ? null : replicas.get(0);
            }
            for (Res v : s.referrers("aws_secretsmanager_secret_version", "secret_id")) {
                ctx.absorb(v, d);
                if (v.attr("secret_string") != null || v.attr("secret_binary") != null) {
                    d.property("value_in_configuration", "the secret value is written in the configuration (and stored in state)");
                }
            }
            for (Res p : s.referrers("aws_secretsmanager_secret_policy", "secret_arn")) {
                ctx.absorb(p, d);
            }
        }
    }
}
