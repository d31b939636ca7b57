package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.BillingParts;
import dev.cloudwright.model.BillingMode;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/** Kinesis data streams (capacity mode, shards, enhanced fan-out consumers) and Firehose delivery streams. */
@ResourceAdapter.Adapts(anchors = {"aws_kinesis_stream", "aws_kinesis_firehose_delivery_stream"}, absorbs = "aws_kinesis_stream_consumer",
        services = {"aws.kinesis", "aws.firehose"},
        summary = "Kinesis data stream: provisioned or on-demand, shards, retention, enhanced fan-out consumers, encryption; Firehose delivery stream: destination")
final class KinesisAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> all, Context ctx) {
        for (Res r : all) {
            if (r.type().equals("aws_kinesis_stream")) {
                stream(r, ctx);
            } else {
                Draft d = ctx.component(r, Role.STREAMING, "aws.firehose");
                Aws.managedZones(d);
                d.set(Keys.ENDPOINT, r.str("destination").map(dest -> "delivers to " + dest));
                d.set(Keys.ENCRYPTED_AT_REST, r.bool("server_side_encryption.enabled"));
                if (r.str("server_side_encryption.key_type").orElse("AWS_OWNED_CMK").equals("CUSTOMER_MANAGED_CMK")) {
                    Aws.key(d, r, "server_side_encryption.key_arn", ctx);
                } else if (r.str("server_side_encryption.key_type").isUnknown()) {
                    d.unknown(Keys.KMS_KEY, r.str("server_side_encryption.key_type").reason(), r.attr("server_side_encryption.key_type").range());
                }
            }
        }
    }

    private static void stream(Res s, Context ctx) {
        Draft d = ctx.component(s, Role.STREAMING, "aws.kinesis");
        Aws.managedZones(d);
        Fact<String> mode = s.str("stream_mode_details.stream_mode");
        Fact<BillingMode> billing = mode.isAbsent()
                ? Fact.defaulted(BillingMode.PROVISIONED, "no stream_mode_details: the stream is PROVISIONED"
                        + " (https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kinesis_stream)")
                : mode.map(m -> m.equals("ON_DEMAND") ? BillingMode.ON_DEMAND : m.equals("PROVISIONED") ? BillingMode.PROVISIONED : null);
        if (mode.known() && billing.isAbsent()) {
            billing = Fact.unknown("stream_mode = \"" + mode.value() + "\" is not a capacity mode Cloudwright knows", mode.at());
        }
        d.set(Keys.BILLING_MODE, billing);
        Fact<Integer> shards = s.integer("shard_count");
        if (shards.known()) {
            d.shards = shards.value();
        } else if (shards.isUnknown()) {
            d.unresolved("shards", shards.reason());
        } else if (billing.known() && billing.value() == BillingMode.PROVISIONED) {
            d.unresolved("shards", "shard_count is not set on a provisioned stream");
        }
        d.set(Keys.ENCRYPTED_AT_REST, s.str("encryption_type").map(t -> t.equals("KMS")));
        Aws.key(d, s, "kms_key_id", ctx);
        List<Res> consumers = s.referrers("aws_kinesis_stream_consumer", "stream_arn");
        for (Res c : consumers) {
            ctx.absorb(c, d);
            d.pays(BillingParts.CONSUMERS, c.address(), 1);
        }
        if (!consumers.isEmpty()) {
            d.set(Keys.CONSUMERS, consumers.size(), consumers.get(0).range());
        }
    }
}
