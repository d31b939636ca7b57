package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/** ECR repositories with their lifecycle and repository policies: billed by the images they hold. */
@ResourceAdapter.Adapts(anchors = "aws_ecr_repository", absorbs = {"aws_ecr_lifecycle_policy", "aws_ecr_repository_policy"},
        services = "aws.ecr",
        summary = "ECR repository: image scanning, tag mutability, encryption")
final class RegistryAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> repos, Context ctx) {
        for (Res r : repos) {
            Draft d = ctx.component(r, Role.STORAGE, "aws.ecr");
            Aws.managedZones(d);
            d.defaulted(Keys.ENCRYPTED_AT_REST, true, "ECR encrypts images at rest (AES-256, or KMS when encryption_configuration says so)");
            for (String t : new String[] {"aws_ecr_lifecycle_policy", "aws_ecr_repository_policy"}) {
                for (Res p : r.referrers(t, "repository")) {
                    ctx.absorb(p, d);
                }
            }
        }
    }
}
