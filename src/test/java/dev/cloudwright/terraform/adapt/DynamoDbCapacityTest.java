package dev.cloudwright.terraform.adapt;

import static dev.cloudwright.terraform.adapt.Pipeline.line;
import static dev.cloudwright.terraform.adapt.Pipeline.price;
import static dev.cloudwright.terraform.adapt.Pipeline.unknownAt;
import static dev.cloudwright.terraform.adapt.Pipeline.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.BillingMode;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.pricing.CostLine;
import dev.cloudwright.pricing.PriceKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DynamoDB auto scaling of provisioned capacity: the targets and policies on a table and its indexes are part of the table;
 * the minimum always runs and is priced, the maximum is recorded; each index is billed its own capacity.
 */
class DynamoDbCapacityTest {

    @TempDir
    Path dir;

    private static final String TABLE = """
            resource "aws_dynamodb_table" "sessions" {
              name           = "sessions"
              billing_mode   = "PROVISIONED"
              hash_key       = "id"
              read_capacity  = 20
              write_capacity = 10
              attribute {
                name = "id"
                type = "S"
              }
              attribute {
                name = "device"
                type = "S"
              }
              global_secondary_index {
                name            = "by-device"
                hash_key        = "device"
                projection_type = "ALL"
                read_capacity   = 10
                write_capacity  = 5
              }
            }
            """;

    @Test
    void targetsNamingTheTableAndItsIndexAreItsAutoScalingPricedAtTheMinimum() throws IOException {
        // Targets named by the table's name (table/NAME, table/NAME/index/INDEX) from a map, policies for_each over the targets.
        Pipeline p = Pipeline.run(dir, "us-east-1", TABLE + """
                locals {
                  targets = {
                    table-read  = { id = "table/sessions", dim = "dynamodb:table:ReadCapacityUnits", min = 5, max = 400 }
                    table-write = { id = "table/sessions", dim = "dynamodb:table:WriteCapacityUnits", min = 10, max = 200 }
                    index-read  = { id = "table/sessions/index/by-device", dim = "dynamodb:index:ReadCapacityUnits", min = 4, max = 100 }
                  }
                }
                resource "aws_appautoscaling_target" "this" {
                  for_each           = local.targets
                  service_namespace  = "dynamodb"
                  resource_id        = each.value.id
                  scalable_dimension = each.value.dim
                  min_capacity       = each.value.min
                  max_capacity       = each.value.max
                  depends_on         = [aws_dynamodb_table.sessions]
                }
                resource "aws_appautoscaling_policy" "this" {
                  for_each           = aws_appautoscaling_target.this
                  name               = "${each.key}-utilisation"
                  policy_type        = "TargetTrackingScaling"
                  service_namespace  = each.value.service_namespace
                  resource_id        = each.value.resource_id
                  scalable_dimension = each.value.scalable_dimension
                  target_tracking_scaling_policy_configuration {
                    target_value = 70
                    predefined_metric_specification {
                      predefined_metric_type = endswith(each.value.scalable_dimension, "ReadCapacityUnits") ? "DynamoDBReadCapacityUtilization" : "DynamoDBWriteCapacityUtilization"
                    }
                  }
                }
                """).nothingUnmodelled();
        assertEquals(List.of("aws_dynamodb_table.sessions"), p.architecture().components().stream().map(Component::id).toList());
        Component t = p.component("aws_dynamodb_table.sessions");
        written(t, Keys.BILLING_MODE, BillingMode.PROVISIONED, 4);
        written(t, Keys.READ_CAPACITY, 20, 6);
        written(t, Keys.WRITE_CAPACITY, 10, 7);
        written(t, Keys.MIN_READ_CAPACITY, 5, 36);
        written(t, Keys.MAX_READ_CAPACITY, 400, 37);
        written(t, Keys.MIN_WRITE_CAPACITY, 10, 36);
        written(t, Keys.MAX_WRITE_CAPACITY, 200, 37);
        written(t, Keys.INDEX_READ_CAPACITY, 4, 36);
        written(t, Keys.INDEX_WRITE_CAPACITY, 5, 21);
        assertEquals("DynamoDB auto scaling: index by-device reads 4 to 100 RCU, table reads 5 to 400 RCU, table writes 10 to 200 WCU;"
                + " target tracking: DynamoDBReadCapacityUtilization 70; target tracking: DynamoDBWriteCapacityUtilization 70", t.sizing().scaling());
        List<String> parts = Pipeline.resources(t);
        for (String k : List.of("table-read", "table-write", "index-read")) {
            assertTrue(parts.contains("aws_appautoscaling_target.this[\"" + k + "\"]"), parts.toString());
            assertTrue(parts.contains("aws_appautoscaling_policy.this[\"" + k + "\"]"), parts.toString());
        }
        // The minimum of the table (5) plus the index at its minimum (4); writes: the table's 10 plus the index's written 5.
        CostLine reads = line(price(t), PriceKeys.DYNAMODB_READ_CAPACITY);
        assertEquals(9 * 730, reads.quantity(), 1e-9);
        assertEquals("Read capacity units (provisioned, 9 RCU, auto scaling's minimum, 4 of them the indexes')", reads.name());
        assertEquals(15 * 730, line(price(t), PriceKeys.DYNAMODB_WRITE_CAPACITY).quantity(), 1e-9);
    }

    @Test
    void aTargetByReferenceWithAnUnknownMinimumIsNotPriced() throws IOException {
        Pipeline p = Pipeline.run(dir, "eu-west-1", "variable \"floor\" { type = number }\n" + TABLE + """
                resource "aws_appautoscaling_target" "reads" {
                  service_namespace  = "dynamodb"
                  resource_id        = "table/${aws_dynamodb_table.sessions.name}"
                  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
                  min_capacity       = var.floor
                  max_capacity       = 50
                }
                resource "aws_appautoscaling_scheduled_action" "night" {
                  name               = "night"
                  service_namespace  = aws_appautoscaling_target.reads.service_namespace
                  resource_id        = aws_appautoscaling_target.reads.resource_id
                  scalable_dimension = aws_appautoscaling_target.reads.scalable_dimension
                  schedule           = "cron(0 22 * * ? *)"
                  scalable_target_action {
                    min_capacity = 1
                    max_capacity = 5
                  }
                }
                """).nothingUnmodelled();
        Component t = p.component("aws_dynamodb_table.sessions");
        unknownAt(t, Keys.MIN_READ_CAPACITY, "variable floor", 29);
        written(t, Keys.MAX_READ_CAPACITY, 50, 30);
        written(t, Keys.INDEX_READ_CAPACITY, 10, 21);
        assertFalse(t.setting(Keys.MIN_WRITE_CAPACITY).isPresent(), "writes are not auto scaled");
        assertTrue(t.sizing().scaling().endsWith("scheduled: cron(0 22 * * ? *)"), t.sizing().scaling());
        CostLine reads = line(price(t), PriceKeys.notKnown(Keys.MIN_READ_CAPACITY.name()));
        assertEquals(0, reads.quantity(), 1e-9, "no read capacity is guessed");
        assertEquals(15 * 730, line(price(t), PriceKeys.DYNAMODB_WRITE_CAPACITY).quantity(), 1e-9, "the table's 10 and the index's 5 written");
    }

    @Test
    void anOnDemandTableHasNoProvisionedCapacity() throws IOException {
        Pipeline p = Pipeline.run(dir, "eu-west-1", """
                resource "aws_dynamodb_table" "carts" {
                  name         = "carts"
                  billing_mode = "PAY_PER_REQUEST"
                  hash_key     = "id"
                  attribute {
                    name = "id"
                    type = "S"
                  }
                  global_secondary_index {
                    name            = "by-id"
                    hash_key        = "id"
                    projection_type = "ALL"
                  }
                }
                """).nothingUnmodelled();
        Component t = p.component("aws_dynamodb_table.carts");
        assertFalse(t.setting(Keys.INDEX_READ_CAPACITY).isPresent());
        assertEquals(null, t.sizing().scaling());
    }
}
