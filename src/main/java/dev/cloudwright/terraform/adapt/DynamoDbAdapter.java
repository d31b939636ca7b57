package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.BillingParts;
import dev.cloudwright.model.BillingMode;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;

/** DynamoDB tables, including global table replicas. */
@ResourceAdapter.Adapts(anchors = "aws_dynamodb_table", absorbs = {"aws_dynamodb_table_replica", "aws_dynamodb_contributor_insights",
    "aws_appautoscaling_target", "aws_appautoscaling_policy", "aws_appautoscaling_scheduled_action"},
        services = "aws.dynamodb",
        summary = "DynamoDB table: capacity mode, provisioned capacity of the table and its indexes with auto scaling, point-in-time recovery,"
                + " encryption key, global replicas, deletion protection")
final class DynamoDbAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> tables, Context ctx) {
        for (Res t : tables) {
            Draft d = ctx.component(t, Role.DATABASE, "aws.dynamodb");
            Aws.managedZones(d);
            Fact<BillingMode> billing = ProviderNames.DYNAMODB_BILLING_MODE.read(t.str("billing_mode"), "billing_mode");
            d.set(Keys.BILLING_MODE, billing);
            d.set(Keys.READ_CAPACITY, t.integer("read_capacity"));
            d.set(Keys.WRITE_CAPACITY, t.integer("write_capacity"));
            DynamoDbCapacity.apply(t, d, ctx, !(billing.known() && billing.value() == BillingMode.ON_DEMAND));
            d.set(Keys.POINT_IN_TIME_RECOVERY, t.bool("point_in_time_recovery.enabled"));
            Fact<Boolean> sse = t.bool("server_side_encryption.enabled");
            // DynamoDB always encrypts at rest: "disabled" here means an AWS-owned key rather than a KMS key.
            d.defaulted(Keys.ENCRYPTED_AT_REST, true, "DynamoDB encrypts all tables at rest (" + Defaults.row("aws_dynamodb_table", "server_side_encryption.enabled")
                    .map(Defaults.Default::source).orElse("") + ")");
            if (Fact.isTrue(sse)) {
                Aws.key(d, t, "server_side_encryption.kms_key_arn", ctx);
                if (d.setting(Keys.KMS_KEY) == null) {
                    d.defaulted(Keys.KMS_KEY, "aws/dynamodb", Defaults.explained("aws_dynamodb_table", "server_side_encryption.enabled"));
                }
            } else if (sse.isUnknown()) {
                d.unknown(Keys.KMS_KEY, "whether a KMS key is used is not known: " + sse.reason(), sse.at());
            }
            d.set(Keys.DELETION_PROTECTION, t.bool("deletion_protection_enabled"));
            d.set(Keys.TTL, t.bool("ttl.enabled"));
            d.set(Keys.STREAMS, t.bool("stream_enabled"));
            replicas(t, d, ctx);
            for (Res ci : t.referrers("aws_dynamodb_contributor_insights", "table_name")) {
                ctx.absorb(ci, d);
            }
            for (Res src : t.refs("restore_source_name")) {
                ctx.link(src, t, Connection.Kind.BACKUP, "restore", 0, false);
            }
        }
    }

    /** Global table replicas, inline or as separate resources: all regions of the table, its own first. */
    private static void replicas(Res t, Draft d, Context ctx) {
        List<String> regions = new ArrayList<>();
        String unknown = null;
        Range at = null;
        for (EvaluatedBody.Block r : t.blocks("replica")) {
            at = at == null ? r.range() : at;
            String region = LoadBalancerAdapter.str(r.body(), "region_name");
            if (region == null) {
                unknown = "the region of a replica is not known offline";
            } else if (!regions.contains(region)) {
                regions.add(region);
            }
        }
        for (Res r : t.referrers("aws_dynamodb_table_replica", "global_table_arn")) {
            ctx.absorb(r, d);
            d.pays(BillingParts.REPLICAS, r.address(), 1);
            at = at == null ? r.range() : at;
            if (r.region() == null) {
                unknown = r.regionUnknownReason() == null ? "the region of " + r.address() + " is not known offline" : r.regionUnknownReason();
            } else if (!regions.contains(r.region())) {
                regions.add(r.region());
            }
        }
        if (t.blocksUnknown("replica")) {
            unknown = "the replicas are generated from values not known offline";
        }
        if (at == null) {
            return;
        }
        if (!regions.isEmpty()) {
            d.set(Keys.COPY_TO_REGION, regions.get(0), at);
        }
        if (unknown != null || t.region() == null) {
            d.unknown(Keys.GLOBAL_TABLE_REGIONS, unknown != null ? unknown : "the table's region is not known offline", at);
        } else {
            List<String> all = new ArrayList<>(List.of(t.region()));
            regions.stream().filter(r -> !all.contains(r)).forEach(all::add);
            d.set(Keys.GLOBAL_TABLE_REGIONS, all, at);
        }
    }
}
