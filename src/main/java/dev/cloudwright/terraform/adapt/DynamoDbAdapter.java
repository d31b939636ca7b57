package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;

/** DynamoDB tables, including global table replicas. */
@ResourceAdapter.Adapts(anchors = "aws_dynamodb_table", absorbs = {"aws_dynamodb_table_replica", "aws_dynamodb_contributor_insights"},
        summary = "DynamoDB table: capacity mode, point-in-time recovery, encryption key, global replicas, deletion protection")
final class DynamoDbAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> tables, Context ctx) {
        for (Res t : tables) {
            Draft d = ctx.component(t, Role.DATABASE, "aws.dynamodb");
            Aws.managedZones(d);
            d.property("billing_mode", t.str("billing_mode"));
            d.property("read_capacity", t.integer("read_capacity"));
            d.property("write_capacity", t.integer("write_capacity"));
            d.pointInTimeRecovery = t.bool("point_in_time_recovery.enabled");
            Fact<Boolean> sse = t.bool("server_side_encryption.enabled");
            // DynamoDB always encrypts at rest: "disabled" here means an AWS-owned key rather than a KMS key.
            d.encryptedAtRest = Fact.defaulted(true, "DynamoDB encrypts all tables at rest");
            d.property("encryption_key", Fact.isTrue(sse) ? "KMS key" : sse.isUnknown() ? null : "AWS owned key");
            if (Fact.isTrue(sse)) {
                Aws.key(d, t, "server_side_encryption.kms_key_arn", ctx);
                if (d.keyId == null) {
                    d.keyId = "aws/dynamodb";
                }
            }
            d.deletionProtection = t.bool("deletion_protection_enabled");
            d.property("ttl", Fact.isTrue(t.bool("ttl.enabled")) ? "enabled" : null);
            d.property("streams", t.bool("stream_enabled"));
            List<String> regions = new ArrayList<>();
            for (EvaluatedBody.Block r : t.blocks("replica")) {
                String region = LoadBalancerAdapter.str(r.body(), "region_name");
                regions.add(region == null ? "?" : region);
            }
            for (Res r : t.referrers("aws_dynamodb_table_replica", "global_table_arn")) {
                ctx.absorb(r, d);
                regions.add(r.region() == null ? "?" : r.region());
            }
            if (!regions.isEmpty()) {
                d.property("global_table", "replicas in " + String.join(", ", regions));
                d.copyToRegion = regions.get(0).equals("?") ? null : regions.get(0);
            }
            for (Res ci : t.referrers("aws_dynamodb_contributor_insights", "table_name")) {
                ctx.absorb(ci, d);
            }
            if (t.blocksUnknown("replica")) {
                d.unknown("global_table", "the replicas are generated from values not known offline");
            }
            for (Res src : t.refs("restore_source_name")) {
                ctx.link(src, t, Connection.Kind.BACKUP, "restore", 0, false);
            }
        }
    }
}
