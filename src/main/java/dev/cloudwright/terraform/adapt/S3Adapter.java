package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;

/**
 * S3 buckets. Since AWS provider 4, a bucket's settings are separate resources
 * ({@code aws_s3_bucket_versioning}, {@code ..._server_side_encryption_configuration}...) that name the
 * bucket; older configurations set them inline. Both forms are read; the separate resource wins.
 */
@ResourceAdapter.Adapts(anchors = "aws_s3_bucket",
        absorbs = {"aws_s3_bucket_versioning", "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_public_access_block",
            "aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket_replication_configuration", "aws_s3_bucket_policy", "aws_s3_bucket_logging",
            "aws_s3_bucket_ownership_controls", "aws_s3_bucket_acl", "aws_s3_bucket_object_lock_configuration", "aws_s3_bucket_website_configuration",
            "aws_s3_bucket_cors_configuration", "aws_s3_bucket_notification", "aws_s3_bucket_intelligent_tiering_configuration",
            "aws_s3_bucket_accelerate_configuration", "aws_s3_bucket_request_payment_configuration", "aws_s3_object"},
        summary = "S3 bucket: versioning, encryption, public access, lifecycle, replication, object lock, logging")
final class S3Adapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> buckets, Context ctx) {
        for (Res b : buckets) {
            Draft d = ctx.component(b, Role.OBJECT_STORAGE, "aws.s3");
            Res versioning = part(b, "aws_s3_bucket_versioning", ctx, d);
            if (versioning != null) {
                Fact<String> status = versioning.str("versioning_configuration.status");
                d.versioning = status.known() ? Fact.explicit(status.value().equals("Enabled"), status.at()) : Fact.unknown(status.reason(), versioning.range());
            } else {
                d.versioning = b.bool("versioning.enabled");
                if (!d.versioning.known() && !d.versioning.isUnknown()) {
                    d.versioning = Fact.defaulted(false, "AWS default: versioning is not enabled on new buckets");
                }
            }
            Res sse = part(b, "aws_s3_bucket_server_side_encryption_configuration", ctx, d);
            Fact<String> algorithm = sse != null ? sse.str("rule.apply_server_side_encryption_by_default.sse_algorithm")
                    : b.str("server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.sse_algorithm");
            d.encryptedAtRest = algorithm.isUnknown() ? Fact.unknown(algorithm.reason(), algorithm.at())
                    : algorithm.known() ? Fact.explicit(true, algorithm.at()) : Fact.defaulted(true, "AWS default: SSE-S3 encryption for all new objects since 2023-01-05");
            d.property("encryption", algorithm.known() ? algorithm.value() : algorithm.isUnknown() ? null : "AES256 (default)");
            if (sse != null) {
                Aws.key(d, sse, "rule.apply_server_side_encryption_by_default.kms_master_key_id", ctx);
            }
            Res pab = part(b, "aws_s3_bucket_public_access_block", ctx, d);
            if (pab != null) {
                boolean all = true;
                String unknown = null;
                for (String f : new String[] {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}) {
                    Fact<Boolean> v = pab.bool(f);
                    if (v.isUnknown()) {
                        unknown = v.reason();
                    }
                    all &= Fact.isTrue(v);
                }
                d.property("public_access", unknown != null ? null : all ? "blocked" : "not fully blocked");
                if (unknown != null) {
                    d.unknown("public_access", unknown);
                }
                d.publicEndpoint = unknown != null ? Fact.unknown(unknown, pab.range()) : Fact.explicit(!all, pab.range());
            } else {
                d.property("public_access", "blocked (AWS default for new buckets since April 2023)");
                d.publicEndpoint = Fact.defaulted(false, "AWS default: Block Public Access is on for new buckets since April 2023");
            }
            Res website = part(b, "aws_s3_bucket_website_configuration", ctx, d);
            if (website != null || !b.blocks("website").isEmpty()) {
                d.property("website", "static website hosting");
            }
            Res lifecycle = part(b, "aws_s3_bucket_lifecycle_configuration", ctx, d);
            List<EvaluatedBody.Block> rules = lifecycle != null ? lifecycle.blocks("rule") : b.blocks("lifecycle_rule");
            if (!rules.isEmpty()) {
                List<String> described = new ArrayList<>();
                for (EvaluatedBody.Block r : rules) {
                    described.add(describeRule(r));
                }
                d.property("lifecycle", String.join("; ", described));
            }
            Res lock = part(b, "aws_s3_bucket_object_lock_configuration", ctx, d);
            if (lock != null) {
                d.property("object_lock", lock.str("rule.default_retention.mode").orElse("enabled"));
            } else if (Fact.isTrue(b.bool("object_lock_enabled"))) {
                d.property("object_lock", "enabled (no default retention)");
            }
            Res logging = part(b, "aws_s3_bucket_logging", ctx, d);
            d.property("access_logging", logging != null || !b.blocks("logging").isEmpty() ? "enabled" : "disabled");
            Res replication = part(b, "aws_s3_bucket_replication_configuration", ctx, d);
            if (replication != null) {
                List<String> targets = new ArrayList<>();
                for (EvaluatedBody.Block rule : replication.blocks("rule")) {
                    for (EvaluatedBody.Block dest : rule.body().blocks("destination")) {
                        for (Res target : replication.refs(dest.body(), "bucket")) {
                            ctx.link(b, target, Connection.Kind.REPLICATION, "S3 replication", 0, false);
                            if (target.region() != null && !target.region().equals(b.region())) {
                                d.copyToRegion = target.region();
                            }
                            targets.add(target.address());
                        }
                        if (!dest.body().blocks("replication_time").isEmpty()) {
                            d.property("replication_time_control", "enabled");
                        }
                    }
                }
                d.property("replication", targets.isEmpty() ? "configured" : "to " + String.join(", ", targets));
            }
            for (String t : new String[] {"aws_s3_bucket_policy", "aws_s3_bucket_ownership_controls", "aws_s3_bucket_acl", "aws_s3_bucket_cors_configuration",
                "aws_s3_bucket_notification", "aws_s3_bucket_intelligent_tiering_configuration", "aws_s3_bucket_accelerate_configuration",
                "aws_s3_bucket_request_payment_configuration", "aws_s3_object"}) {
                Res p = part(b, t, ctx, d);
                if (p != null && t.equals("aws_s3_bucket_policy")) {
                    String summary = policySummary(p.value("policy"));
                    d.property("bucket_policy", summary);
                    if (summary != null && summary.contains("requires TLS")) {
                        d.encryptedInTransit = Fact.explicit(true, p.range());
                    }
                }
                if (p != null && t.equals("aws_s3_bucket_acl")) {
                    d.property("acl", p.str("acl"));
                }
            }
            d.deletionProtection = Fact.isTrue(b.bool("force_destroy")) ? Fact.explicit(false, b.attr("force_destroy").range())
                    : Fact.defaulted(true, "a bucket with objects cannot be deleted unless force_destroy is set");
        }
    }

    /** The first resource of {@code type} that configures this bucket (by reference or by literal name); absorbs all of them. */
    private static Res part(Res bucket, String type, Context ctx, Draft d) {
        Res first = null;
        Value name = bucket.value("bucket");
        for (Res r : ctx.index.ofType(type)) {
            boolean mine = r.refs("bucket").contains(bucket) || name instanceof Value.Str s && r.value("bucket") instanceof Value.Str rs && rs.equals(s);
            if (mine) {
                ctx.absorb(r, d);
                if (first == null) {
                    first = r;
                }
            }
        }
        return first;
    }

    private static String describeRule(EvaluatedBody.Block r) {
        StringBuilder sb = new StringBuilder();
        String id = LoadBalancerAdapter.str(r.body(), "id");
        sb.append(id == null ? "rule" : id);
        String status = LoadBalancerAdapter.str(r.body(), "status");
        if ("Disabled".equals(status)) {
            sb.append(" (disabled)");
        }
        for (EvaluatedBody.Block t : r.body().blocks("transition")) {
            sb.append(": ").append(LoadBalancerAdapter.str(t.body(), "storage_class")).append(" after ").append(num(t.body(), "days")).append(" days");
        }
        for (EvaluatedBody.Block e : r.body().blocks("expiration")) {
            sb.append(", expire after ").append(num(e.body(), "days")).append(" days");
        }
        for (EvaluatedBody.Block e : r.body().blocks("noncurrent_version_expiration")) {
            sb.append(", noncurrent versions expire after ").append(num(e.body(), "noncurrent_days")).append(" days");
        }
        if (!r.body().blocks("abort_incomplete_multipart_upload").isEmpty()) {
            sb.append(", incomplete uploads aborted");
        }
        return sb.toString();
    }

    private static String num(EvaluatedBody b, String name) {
        EvaluatedBody.Attr a = b.attribute(name);
        return a != null && a.value() instanceof Value.Num n ? n.value().toPlainString() : "?";
    }

    /** "allows public access" when a statement allows Principal "*" without conditions. */
    static String policySummary(Value policy) {
        if (!(policy instanceof Value.Str s)) {
            return policy == null ? null : "not known offline";
        }
        String p = s.value().replace(" ", "").replace("\n", "");
        boolean star = p.contains("\"Principal\":\"*\"") || p.contains("\"AWS\":\"*\"");
        boolean denyInsecure = p.contains("aws:SecureTransport");
        return (star && !p.contains("\"Condition\"") ? "allows anonymous access" : "present") + (denyInsecure ? "; requires TLS" : "");
    }
}
