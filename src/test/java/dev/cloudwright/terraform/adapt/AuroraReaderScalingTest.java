package dev.cloudwright.terraform.adapt;

import static dev.cloudwright.terraform.adapt.Pipeline.line;
import static dev.cloudwright.terraform.adapt.Pipeline.price;
import static dev.cloudwright.terraform.adapt.Pipeline.unknownAt;
import static dev.cloudwright.terraform.adapt.Pipeline.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Keys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Aurora reader auto scaling: the minimum number of readers always runs and is priced; the maximum is recorded. */
class AuroraReaderScalingTest {

    @TempDir
    Path dir;

    private static String cluster(String name, int instances) {
        return """
                resource "aws_rds_cluster" "%1$s" {
                  cluster_identifier          = "%1$s"
                  engine                      = "aurora-postgresql"
                  storage_encrypted           = true
                  manage_master_user_password = true
                  master_username             = "app"
                }
                resource "aws_rds_cluster_instance" "%1$s" {
                  count              = %2$d
                  identifier         = "%1$s-${count.index}"
                  cluster_identifier = aws_rds_cluster.%1$s.id
                  engine             = aws_rds_cluster.%1$s.engine
                  instance_class     = "db.r7g.large"
                }
                """.formatted(name, instances);
    }

    @Test
    void theMinimumReadersAreSizedAndPricedAndTheMaximumRecorded() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", cluster("db", 1) + """
                resource "aws_appautoscaling_target" "readers" {
                  service_namespace  = "rds"
                  scalable_dimension = "rds:cluster:ReadReplicaCount"
                  resource_id        = "cluster:${aws_rds_cluster.db.id}"
                  min_capacity       = 2
                  max_capacity       = 5
                }
                resource "aws_appautoscaling_policy" "cpu" {
                  name               = "readers-cpu"
                  policy_type        = "TargetTrackingScaling"
                  service_namespace  = aws_appautoscaling_target.readers.service_namespace
                  scalable_dimension = aws_appautoscaling_target.readers.scalable_dimension
                  resource_id        = aws_appautoscaling_target.readers.resource_id
                  target_tracking_scaling_policy_configuration {
                    predefined_metric_specification {
                      predefined_metric_type = "RDSReaderAverageCPUUtilization"
                    }
                    target_value = 60
                  }
                }
                """).nothingUnmodelled();
        Component db = p.component("aws_rds_cluster.db");
        assertEquals(List.of("aws_rds_cluster.db"), p.architecture().components().stream().map(Component::id).toList());
        assertEquals(3, db.sizing().count(), "the writer and the two readers auto scaling always keeps");
        assertEquals(2, db.sizing().replicas());
        assertEquals(3, db.sizing().min());
        assertEquals(6, db.sizing().max());
        written(db, Keys.MIN_READERS, 2, 20);
        written(db, Keys.MAX_READERS, 5, 21);
        written(db, Keys.DEPLOYMENT, Deployment.MULTI_AZ, 20);
        written(db, Keys.TOPOLOGY, "1 writer + 2 readers (Aurora Auto Scaling keeps at least 2)", 20);
        assertEquals("Aurora reader auto scaling (2 to 5 readers): target tracking: RDSReaderAverageCPUUtilization 60", db.sizing().scaling());
        assertTrue(Pipeline.resources(db).containsAll(List.of("aws_appautoscaling_target.readers", "aws_appautoscaling_policy.cpu")),
                Pipeline.resources(db).toString());
        assertEquals(3 * 730, line(price(db), "aurora.postgresql.db.r7g.large").quantity(), 1e-9);
    }

    @Test
    void aTargetNamingTheClusterIdentifierAppliesAndWrittenReadersCount() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", cluster("orders", 3) + """
                resource "aws_appautoscaling_target" "orders" {
                  service_namespace  = "rds"
                  scalable_dimension = "rds:cluster:ReadReplicaCount"
                  resource_id        = "cluster:orders"
                  min_capacity       = 1
                  max_capacity       = 4
                }
                resource "aws_appautoscaling_scheduled_action" "night" {
                  name               = "night"
                  service_namespace  = "rds"
                  scalable_dimension = "rds:cluster:ReadReplicaCount"
                  resource_id        = "cluster:orders"
                  schedule           = "cron(0 22 * * ? *)"
                  scalable_target_action {
                    min_capacity = 1
                    max_capacity = 1
                  }
                }
                """).nothingUnmodelled();
        Component orders = p.component("aws_rds_cluster.orders");
        assertEquals(3, orders.sizing().count(), "three instances are written: two readers already meet the minimum of one");
        written(orders, Keys.MIN_READERS, 1, 20);
        written(orders, Keys.MAX_READERS, 4, 21);
        written(orders, Keys.DEPLOYMENT, Deployment.MULTI_AZ, 9);
        assertTrue(orders.sizing().scaling().endsWith("scheduled: cron(0 22 * * ? *)"), orders.sizing().scaling());
        assertEquals(5, orders.sizing().max());
    }

    @Test
    void anUnknownMinimumLeavesTheCountUnknown() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", "variable \"readers\" { type = number }\n" + cluster("db", 1) + """
                resource "aws_appautoscaling_target" "readers" {
                  service_namespace  = "rds"
                  scalable_dimension = "rds:cluster:ReadReplicaCount"
                  resource_id        = "cluster:${aws_rds_cluster.db.cluster_identifier}"
                  min_capacity       = var.readers
                  max_capacity       = 5
                }
                """).nothingUnmodelled();
        Component db = p.component("aws_rds_cluster.db");
        assertNull(db.sizing().count(), "no reader count is guessed");
        assertTrue(db.unresolved().get("count").contains("variable readers"), db.unresolved().toString());
        unknownAt(db, Keys.MIN_READERS, "variable readers", 21);
        unknownAt(db, Keys.DEPLOYMENT, "variable readers", 21);
    }
}
