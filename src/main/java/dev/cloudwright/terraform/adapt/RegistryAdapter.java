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
            d.set(Keys.IMMUTABLE_TAGS, r.str("image_tag_mutability").map(m -> m.startsWith("IMMUTABLE"))
                    .or(Fact.defaulted(false, "image_tag_mutability is not set: the provider default MUTABLE lets a push overwrite a tag")));
            d.defaulted(Keys.ENCRYPTED_AT_REST, true, "ECR encrypts images at rest (AES-256, or KMS when encryption_configuration says so)");
            Fact<String> encryption = r.str("encryption_configuration.encryption_type");
            if (encryption.known() && encryption.value().equals("KMS")) {
                Aws.key(d, r, "encryption_configuration.kms_key", ctx); // none: the AWS-managed aws/ecr key
            } else if (encryption.isUnknown()) {
                d.unknown(Keys.KMS_KEY, encryption.reason(), encryption.at());
            }
            Fact<Boolean> scan = r.bool("image_scanning_configuration.scan_on_push");
            if (scan.isAbsent() && !r.ofType("aws_ecr_registry_scanning_configuration").isEmpty()) {
                d.unknown(Keys.IMAGE_SCANNING, "the registry's scanning configuration decides which repositories are scanned", r.range());
            } else {
                d.set(Keys.IMAGE_SCANNING, scan.or(Fact.defaulted(false, "no image_scanning_configuration and no registry scanning rules: images are not scanned on push"
                        + " (https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html)")));
            }
            for (String t : new String[] {"aws_ecr_lifecycle_policy", "aws_ecr_repository_policy"}) {
                for (Res p : r.referrers(t, "repository")) {
                    ctx.absorb(p, d);
                    if (t.equals("aws_ecr_repository_policy")) {
                        ResourcePolicies.anonymous(p.attr("policy"), d, ctx);
                    }
                }
            }
        }
    }
}
