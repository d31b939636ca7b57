package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Role;
import java.util.List;

/** CloudTrail trails and where they deliver. */
@ResourceAdapter.Adapts(anchors = "aws_cloudtrail", summary = "CloudTrail: multi-region, log file validation, KMS, data events, destination")
final class TrailAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> trails, Context ctx) {
        for (Res t : trails) {
            Draft d = ctx.component(t, Role.AUDIT, "aws.cloudtrail");
            Aws.managedZones(d);
            d.property("multi_region", t.bool("is_multi_region_trail"));
            d.property("log_file_validation", t.bool("enable_log_file_validation"));
            d.property("logging", t.bool("enable_logging"));
            d.property("organization_trail", t.bool("is_organization_trail"));
            d.property("global_service_events", t.bool("include_global_service_events"));
            d.property("data_events", t.blocks("event_selector").isEmpty() && t.blocks("advanced_event_selector").isEmpty() ? "none" : "selected");
            Aws.key(d, t, "kms_key_id", ctx);
            d.encryptedAtRest = d.keyId != null ? Fact.explicit(true, t.range()) : Fact.defaulted(true, "AWS default: SSE-S3 on the destination bucket");
            for (Res b : t.refs("s3_bucket_name")) {
                ctx.link(t, b, Connection.Kind.LOGS, "HTTPS", 443, false);
                d.property("destination", b.address());
            }
            d.property("cloudwatch_logs", t.attr("cloud_watch_logs_group_arn") != null ? "delivered to CloudWatch Logs" : null);
        }
    }
}
