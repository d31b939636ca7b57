package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.BillingParts;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
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
        services = "aws.s3",
        summary = "S3 bucket: versioning, encryption, public access, lifecycle, replication, object lock, logging")
final class S3Adapter implements ResourceAdapter {

    /** Why a bucket without logging configuration writes no access logs. */
    static final String NO_ACCESS_LOGS = "Amazon S3 does not collect server access logs unless logging is configured"
            + " (https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html)";

    @Override
    public void adapt(List<Res> buckets, Context ctx) {
        for (Res b : buckets) {
            Draft d = ctx.component(b, Role.OBJECT_STORAGE, "aws.s3");
            versioning(b, d, ctx);
            encryption(b, d, ctx);
            publicAccess(b, d, ctx);
            Res website = part(b, "aws_s3_bucket_website_configuration", ctx, d);
            if (website != null) {
                d.set(Keys.WEBSITE, true, website.range());
            } else if (!b.blocks("website").isEmpty()) {
                d.set(Keys.WEBSITE, true, b.blocks("website").get(0).range());
            }
            Res lifecycle = part(b, "aws_s3_bucket_lifecycle_configuration", ctx, d);
            S3Lifecycle.read(lifecycle != null ? lifecycle : b, lifecycle != null ? lifecycle.blocks("rule") : b.blocks("lifecycle_rule"), d);
            objectLock(b, d, ctx);
            Res logging = part(b, "aws_s3_bucket_logging", ctx, d);
            if (logging != null) {
                d.set(Keys.ACCESS_LOGGING, true, logging.range());
            } else if (!b.blocks("logging").isEmpty()) {
                d.set(Keys.ACCESS_LOGGING, true, b.blocks("logging").get(0).range());
            } else {
                d.defaulted(Keys.ACCESS_LOGGING, false, NO_ACCESS_LOGS);
            }
            replication(b, d, ctx);
            for (String t : new String[] {"aws_s3_bucket_policy", "aws_s3_bucket_ownership_controls", "aws_s3_bucket_acl", "aws_s3_bucket_cors_configuration",
                "aws_s3_bucket_notification", "aws_s3_bucket_intelligent_tiering_configuration", "aws_s3_bucket_accelerate_configuration",
                "aws_s3_bucket_request_payment_configuration", "aws_s3_object"}) {
                Res p = part(b, t, ctx, d);
                if (p != null && t.equals("aws_s3_bucket_policy")) {
                    policy(p, d, ctx);
                    ResourcePolicies.anonymous(p.attr("policy"), d, ctx);
                }
                if (p != null && t.equals("aws_s3_bucket_acl")) {
                    d.set(Keys.ACL, p.str("acl"));
                }
            }
            if (d.setting(Keys.ACL) == null) {
                d.set(Keys.ACL, b.str("acl"));
            }
            ResourcePolicies.anonymous(b.attr("policy"), d, ctx);
            d.set(Keys.DELETION_PROTECTION, b.bool("force_destroy").map(force -> !force)
                    .because("a bucket with objects cannot be deleted unless force_destroy is set; " + Defaults.of("aws_s3_bucket", "force_destroy")
                            .map(Defaults.Default::basis).orElse("")));
        }
    }

    private static void versioning(Res b, Draft d, Context ctx) {
        Res versioning = part(b, "aws_s3_bucket_versioning", ctx, d);
        Fact<Boolean> on = versioning != null
                ? ProviderNames.S3_VERSIONING_STATUS.read(versioning.str("versioning_configuration.status"), "versioning_configuration.status")
                : b.bool("versioning.enabled");
        if (on.isAbsent() && versioning != null) {
            on = Fact.unknown("versioning_configuration.status is not set", versioning.range());
        }
        d.set(Keys.VERSIONING, on.or(Fact.defaulted(false, Defaults.explained("aws_s3_bucket", "(versioning)"))));
    }

    private static void encryption(Res b, Draft d, Context ctx) {
        Res sse = part(b, "aws_s3_bucket_server_side_encryption_configuration", ctx, d);
        Fact<String> algorithm = sse != null ? sse.str("rule.apply_server_side_encryption_by_default.sse_algorithm")
                : b.str("server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.sse_algorithm");
        String byDefault = Defaults.explained("aws_s3_bucket", "(default encryption)");
        d.set(Keys.ENCRYPTED_AT_REST, algorithm.map(a -> true).or(Fact.defaulted(true, byDefault)));
        d.set(Keys.ENCRYPTION, algorithm.or(Fact.defaulted("AES256", byDefault)));
        if (sse != null) {
            Aws.key(d, sse, "rule.apply_server_side_encryption_by_default.kms_master_key_id", ctx);
        }
    }

    private static void publicAccess(Res b, Draft d, Context ctx) {
        Res pab = part(b, "aws_s3_bucket_public_access_block", ctx, d);
        if (pab == null) {
            String basis = Defaults.explained("aws_s3_bucket", "(block public access)");
            d.defaulted(Keys.PUBLIC_ACCESS_BLOCKED, true, basis);
            d.defaulted(Keys.PUBLIC_ENDPOINT, false, basis);
            return;
        }
        boolean all = true;
        String unknown = null;
        for (String f : new String[] {"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}) {
            Fact<Boolean> v = pab.bool(f);
            if (v.isUnknown()) {
                unknown = v.reason();
            }
            all &= Fact.isTrue(v);
        }
        if (unknown != null) {
            d.unknown(Keys.PUBLIC_ACCESS_BLOCKED, unknown, pab.range());
            d.unknown(Keys.PUBLIC_ENDPOINT, unknown, pab.range());
        } else {
            d.set(Keys.PUBLIC_ACCESS_BLOCKED, all, pab.range());
            d.set(Keys.PUBLIC_ENDPOINT, !all, pab.range());
        }
    }

    private static void objectLock(Res b, Draft d, Context ctx) {
        Res lock = part(b, "aws_s3_bucket_object_lock_configuration", ctx, d);
        if (lock != null) {
            d.set(Keys.OBJECT_LOCK, true, lock.range());
            d.set(Keys.OBJECT_LOCK_MODE, ProviderNames.S3_OBJECT_LOCK_MODE.read(lock.str("rule.default_retention.mode"), "rule.default_retention.mode"));
        } else {
            d.set(Keys.OBJECT_LOCK, b.bool("object_lock_enabled"));
        }
    }

    /**
     * The bucket policy in words, and TLS in transit when a statement denies requests without it (explicit at that
     * statement); read from the statements as far as they are known offline ({@link PolicyStatements}). A Deny always
     * wins, so one known is enough; without one, TLS is unknown only when some statement is not known.
     */
    private static void policy(Res p, Draft d, Context ctx) {
        EvaluatedBody.Attr a = p.attr("policy");
        if (a == null) {
            return;
        }
        PolicyStatements.Reading r = PolicyStatements.read(a, ctx.index);
        PolicyStatement tls = r.statements().stream().filter(PolicyStatement::deniesInsecureTransport).findFirst().orElse(null);
        String tlsUnknown = r.undecided(PolicyStatement::tlsUndecided);
        if (tls != null) {
            d.set(Keys.ENCRYPTED_IN_TRANSIT, true, tls.at());
        } else if (tlsUnknown != null) {
            d.unknown(Keys.ENCRYPTED_IN_TRANSIT, "whether the bucket policy requires TLS is not known offline: " + tlsUnknown, a.range());
        }
        String notKnown = r.undecided(s -> !s.known() || tls == null && s.tlsUndecided());
        if (notKnown != null) {
            d.unknown(Keys.BUCKET_POLICY, notKnown, a.range());
        } else {
            boolean anonymous = r.statements().stream().anyMatch(PolicyStatement::allowsAnonymous);
            d.set(Keys.BUCKET_POLICY, (anonymous ? "allows anonymous access" : "present") + (tls != null ? "; requires TLS" : ""), a.range());
        }
    }

    /** Replication to the destination buckets' regions; a destination not in this configuration has a region not known offline. */
    private static void replication(Res b, Draft d, Context ctx) {
        Res replication = part(b, "aws_s3_bucket_replication_configuration", ctx, d);
        if (replication == null) {
            return;
        }
        d.pays(BillingParts.REPLICATION, replication.address(), 1);
        List<String> regions = new ArrayList<>();
        String unknown = null;
        for (EvaluatedBody.Block rule : replication.blocks("rule")) {
            for (EvaluatedBody.Block dest : rule.body().blocks("destination")) {
                List<Res> targets = replication.refs(dest.body(), "bucket");
                if (targets.isEmpty()) {
                    unknown = "a destination bucket is not in this configuration: its region is not known offline";
                }
                for (Res target : targets) {
                    ctx.link(b, target, Connection.Kind.REPLICATION, "S3 replication", 0, false);
                    if (target.region() == null) {
                        unknown = target.regionUnknownReason() == null ? "the region of " + target.address() + " is not known offline" : target.regionUnknownReason();
                    } else {
                        if (!regions.contains(target.region())) {
                            regions.add(target.region());
                        }
                        if (!target.region().equals(b.region())) {
                            d.set(Keys.COPY_TO_REGION, target.region(), dest.range());
                        }
                    }
                }
                for (EvaluatedBody.Block rtc : dest.body().blocks("replication_time")) {
                    EvaluatedBody.Attr status = rtc.body().attribute("status");
                    d.set(Keys.REPLICATION_TIME_CONTROL, status == null ? Fact.explicit(true, rtc.range())
                            : ProviderNames.S3_REPLICATION_TIME_STATUS.read(status.value().isWhollyKnown()
                                    ? Fact.explicit(LoadBalancerAdapter.str(rtc.body(), "status"), status.range())
                                    : Fact.unknown(status.value().firstUnknown().reason(), status.range()), "replication_time.status"));
                }
            }
        }
        if (unknown != null) {
            d.unknown(Keys.REPLICATION_REGIONS, unknown, replication.range());
        } else {
            d.set(Keys.REPLICATION_REGIONS, regions, replication.range());
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
}
