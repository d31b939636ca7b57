package dev.cloudwright.terraform.adapt;

import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.List;
import java.util.TreeSet;

/**
 * CloudWatch Logs metric filters ({@code aws_cloudwatch_log_metric_filter}): each turns matching log events into a custom
 * metric ({@code metric_transformation} namespace and name); a metric with dimensions is one metric per distinct dimension
 * value (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/MonitoringLogData.html).
 */
final class LogMetricFilters {
    private LogMetricFilters() {}

    /** The filters in words: how many, and the metrics they publish ("?" for a name not known offline). */
    static String describe(List<Res> filters) {
        TreeSet<String> metrics = new TreeSet<>();
        boolean dimensions = false;
        boolean more = false;
        for (Res f : filters) {
            more |= f.address().contains("[?]");
            for (EvaluatedBody.Block t : f.blocks("metric_transformation")) {
                Fact<String> ns = Res.str(t.body(), "namespace");
                Fact<String> name = Res.str(t.body(), "name");
                metrics.add(ns.orElse("?") + " " + name.orElse("?"));
                dimensions |= t.body().attribute("dimensions") != null;
            }
        }
        return (more ? "at least " : "") + filters.size() + " publishing " + String.join(", ", metrics)
                + (dimensions ? " (a metric with dimensions is one per distinct dimension value)" : "");
    }
}
