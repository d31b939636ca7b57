package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.List;

/** CloudTrail trails and where they deliver. */
@ResourceAdapter.Adapts(anchors = "aws_cloudtrail", services = "aws.cloudtrail",
        summary = "CloudTrail: multi-region, log file validation, KMS, data events, destination")
final class TrailAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> trails, Context ctx) {
        for (Res t : trails) {
            Draft d = ctx.component(t, Role.AUDIT, "aws.cloudtrail");
            Aws.managedZones(d);
            d.set(Keys.MULTI_REGION, t.bool("is_multi_region_trail")
                    .or(Fact.defaulted(false, "is_multi_region_trail is not set: the trail records the events of its own region only (provider default false)")));
            d.set(Keys.LOG_FILE_VALIDATION, t.bool("enable_log_file_validation"));
            d.set(Keys.LOGGING, t.bool("enable_logging"));
            d.set(Keys.ORGANIZATION_TRAIL, t.bool("is_organization_trail"));
            d.set(Keys.GLOBAL_SERVICE_EVENTS, t.bool("include_global_service_events"));
            if (t.blocks("event_selector").isEmpty() && t.blocks("advanced_event_selector").isEmpty()) {
                d.defaulted(Keys.DATA_EVENTS, "none", "no event selector: a trail records management events only");
            } else {
                var first = t.blocks("event_selector").isEmpty() ? t.blocks("advanced_event_selector").get(0) : t.blocks("event_selector").get(0);
                d.set(Keys.DATA_EVENTS, "selected", first.range());
            }
            Aws.key(d, t, "kms_key_id", ctx);
            // With or without a KMS key the log files are encrypted: SSE-KMS, or SSE-S3 on the destination bucket.
            if (t.attr("kms_key_id") != null) {
                d.set(Keys.ENCRYPTED_AT_REST, true, t.attr("kms_key_id").range());
            } else {
                d.defaulted(Keys.ENCRYPTED_AT_REST, true, "AWS default: SSE-S3 on the destination bucket");
            }
            for (Res b : t.refs("s3_bucket_name")) {
                ctx.link(t, b, Connection.Kind.LOGS, "HTTPS", 443, false);
                d.set(Keys.DESTINATION, b.address(), t.attr("s3_bucket_name").range());
            }
            if (t.attr("cloud_watch_logs_group_arn") != null) {
                d.set(Keys.CLOUDWATCH_LOGS, "delivered to CloudWatch Logs", t.attr("cloud_watch_logs_group_arn").range());
            }
        }
    }
}
