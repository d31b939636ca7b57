package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.BillingParts;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Usage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** CloudWatch alarms, log groups and dashboards: one monitoring component per region. */
@ResourceAdapter.Adapts(anchors = {"aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm", "aws_cloudwatch_log_group", "aws_cloudwatch_dashboard",
    "aws_cloudwatch_log_metric_filter"},
        absorbs = {"aws_sns_topic_subscription", "aws_cloudwatch_log_subscription_filter"},
        services = "aws.cloudwatch",
        summary = "CloudWatch per region: alarms and what they watch, log groups and retention, log metric filters and their metrics, dashboards")
final class MonitoringAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> all, Context ctx) {
        Map<String, List<Res>> byRegion = new LinkedHashMap<>();
        for (Res r : all) {
            byRegion.computeIfAbsent(r.region() == null ? "unknown" : r.region(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<Res>> e : byRegion.entrySet()) {
            List<Res> rs = e.getValue();
            Draft d = ctx.component("cloudwatch." + e.getKey(), rs.get(0), Role.MONITORING, "aws.cloudwatch");
            d.name = "CloudWatch (" + e.getKey() + ")";
            Aws.managedZones(d);
            TreeSet<String> metrics = new TreeSet<>();
            int alarms = 0;
            int dashboards = 0;
            List<Integer> retention = new ArrayList<>();
            int neverExpire = 0;
            dev.cloudwright.terraform.hcl.Range forever = null;
            int logGroups = 0;
            TreeSet<String> watched = new TreeSet<>();
            Fact<Boolean> withoutKey = Fact.absent(); // the first log group without a KMS key, else one whose key is not known, else one with a key
            List<Res> filters = new ArrayList<>();
            for (Res r : rs) {
                ctx.absorb(r, d);
                switch (r.type()) {
                    case "aws_cloudwatch_metric_alarm", "aws_cloudwatch_composite_alarm" -> {
                        alarms++;
                        d.pays(BillingParts.ALARMS, r.address(), 1);
                        for (Res w : r.refs("dimensions")) {
                            watched.add(w.address());
                        }
                        if (r.str("metric_name").known()) {
                            metrics.add(r.str("namespace").orElse("?") + " " + r.str("metric_name").value());
                        }
                    }
                    case "aws_cloudwatch_dashboard" -> {
                        dashboards++;
                        d.pays(BillingParts.DASHBOARDS, r.address(), 1);
                    }
                    case "aws_cloudwatch_log_metric_filter" -> filters.add(r);
                    default -> {
                        logGroups++;
                        Fact<String> key = r.str("kms_key_id");
                        boolean decided = withoutKey.known() && !withoutKey.value();
                        if (key.isAbsent() && !decided) {
                            withoutKey = Fact.explicit(false, r.range());
                        } else if (key.isUnknown() && !decided) {
                            withoutKey = Fact.unknown(key.reason(), key.at());
                        } else if (key.known() && withoutKey.isAbsent()) {
                            withoutKey = Fact.explicit(true, key.at());
                        }
                        Fact<Integer> days = r.integer("retention_in_days");
                        if (days.known() && days.value() > 0) {
                            retention.add(days.value());
                        } else if (!days.isUnknown()) {
                            neverExpire++;
                            if (forever == null) {
                                forever = r.attr("retention_in_days") == null ? r.range() : r.attr("retention_in_days").range();
                            }
                        }
                    }
                }
            }
            var at = rs.get(0).range();
            d.set(Keys.ALARMS, alarms == 0 ? "none" : alarms + " on " + String.join(", ", metrics), at);
            if (logGroups > 0) {
                d.set(Keys.LOG_GROUPS, logGroups + (neverExpire > 0 ? " (" + neverExpire + " never expire)" : ""), at);
            }
            if (forever != null) {
                d.set(Keys.LOG_RETENTION_DAYS, 0, forever); // a group that never expires: the shortest retention is "forever"
            } else if (!retention.isEmpty()) {
                d.set(Keys.LOG_RETENTION_DAYS, retention.stream().mapToInt(Integer::intValue).min().getAsInt(), at);
            }
            d.set(Keys.LOG_GROUPS_KMS, withoutKey);
            if (!watched.isEmpty()) {
                d.set(Keys.WATCHES, List.copyOf(watched), at);
            }
            if (!filters.isEmpty()) {
                d.set(Keys.METRIC_FILTERS, LogMetricFilters.describe(filters), filters.get(0).range());
            }
            if (dashboards > 0) {
                d.set(Keys.DASHBOARDS, dashboards, at);
                d.usage(Usage.DASHBOARDS, dashboards);
            }
            if (alarms > 0) {
                d.usage(Usage.ALARMS, alarms);
            }
        }
    }
}
