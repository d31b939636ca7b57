package dev.cloudwright.terraform.adapt;

import static dev.cloudwright.terraform.adapt.Pipeline.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Log metric filters are part of their region's CloudWatch component, with the metrics they publish. */
class LogMetricFilterTest {

    @TempDir
    Path dir;

    @Test
    void metricFiltersArePartOfTheirRegionsCloudWatch() throws IOException {
        Pipeline p = Pipeline.run(dir, "eu-west-1", """
                provider "aws" {
                  alias  = "london"
                  region = "eu-west-2"
                }
                resource "aws_cloudwatch_log_group" "app" {
                  name              = "/app/web"
                  retention_in_days = 30
                }
                resource "aws_cloudwatch_log_metric_filter" "levels" {
                  for_each       = { errors = "ERROR", warnings = "WARN" }
                  name           = "web-${each.key}"
                  log_group_name = aws_cloudwatch_log_group.app.name
                  pattern        = each.value
                  metric_transformation {
                    name      = "web-${each.key}"
                    namespace = "App"
                    value     = "1"
                  }
                }
                resource "aws_cloudwatch_log_metric_filter" "latency" {
                  provider       = aws.london
                  name           = "latency"
                  log_group_name = "/app/elsewhere"
                  pattern        = "[ip, user, latency]"
                  metric_transformation {
                    name       = "latency"
                    namespace  = "App"
                    value      = "$latency"
                    dimensions = { user = "$user" }
                  }
                }
                """).nothingUnmodelled();
        assertEquals(List.of("cloudwatch.eu-west-1", "cloudwatch.eu-west-2"), p.architecture().components().stream().map(Component::id).toList());
        Component ireland = p.component("cloudwatch.eu-west-1");
        assertEquals(List.of("aws_cloudwatch_log_group.app", "aws_cloudwatch_log_metric_filter.levels[\"errors\"]",
                "aws_cloudwatch_log_metric_filter.levels[\"warnings\"]"), Pipeline.resources(ireland));
        written(ireland, Keys.METRIC_FILTERS, "2 publishing App web-errors, App web-warnings", 10);
        Component london = p.component("cloudwatch.eu-west-2");
        assertEquals(List.of("aws_cloudwatch_log_metric_filter.latency"), Pipeline.resources(london));
        written(london, Keys.METRIC_FILTERS, "1 publishing App latency (a metric with dimensions is one per distinct dimension value)", 21);
        assertTrue(london.setting(Keys.LOG_GROUPS).isEmpty(), "a filter is not a log group");
    }
}
