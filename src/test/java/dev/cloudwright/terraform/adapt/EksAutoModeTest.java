package dev.cloudwright.terraform.adapt;

import static dev.cloudwright.terraform.adapt.Pipeline.line;
import static dev.cloudwright.terraform.adapt.Pipeline.notWritten;
import static dev.cloudwright.terraform.adapt.Pipeline.price;
import static dev.cloudwright.terraform.adapt.Pipeline.unknownAt;
import static dev.cloudwright.terraform.adapt.Pipeline.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.pricing.ComponentCost;
import dev.cloudwright.pricing.CostLine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EKS Auto Mode: EKS chooses the nodes at run time, so their number, size and architecture are unknown, not guessed. */
class EksAutoModeTest {

    @TempDir
    Path dir;

    private static final String CLUSTER = """
            resource "aws_iam_role" "node" { assume_role_policy = "{}" }
            resource "aws_eks_cluster" "auto" {
              name     = "auto"
              role_arn = "arn:aws:iam::123456789012:role/eks"
              vpc_config {
                subnet_ids = ["subnet-a"]
              }
              compute_config {
                enabled       = true
                node_pools    = ["general-purpose", "system"]
                node_role_arn = aws_iam_role.node.arn
              }
              kubernetes_network_config {
                elastic_load_balancing { enabled = true }
              }
              storage_config {
                block_storage { enabled = true }
              }
            }
            """;

    @Test
    void autoModeIsRecordedAndItsNodesAreUnknown() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", CLUSTER).nothingUnmodelled();
        Component auto = p.component("aws_eks_cluster.auto");
        written(auto, Keys.MANAGED_NODES, true, 10);
        written(auto, Keys.NODE_POOLS, List.of("general-purpose", "system"), 11);
        unknownAt(auto, Keys.ARCH, EksAdapter.AUTO_MODE, 10);
        assertNull(auto.sizing().count(), "no node count is guessed");
        assertNull(auto.sizing().sku(), "no node size is guessed");
        assertEquals(EksAdapter.AUTO_MODE, auto.unresolved().get("count"));
        assertEquals(EksAdapter.AUTO_MODE, auto.unresolved().get("sku"));
        notWritten(auto, Set.of("arch"), Set.of("control_plane_logs", "private_api_endpoint", "public_access_cidrs", "public_endpoint", "secrets_encryption"));
        assertEquals("IAM role of the nodes of aws_eks_cluster.auto", p.adapted.supporting().get("aws_iam_role.node"));

        ComponentCost cost = price(auto);
        assertEquals(730, line(cost, "eks.cluster").quantity(), 1e-9, "the control plane is priced");
        List<CostLine> unpriced = cost.lines().stream().filter(l -> l.priceRegion().equals(CostLine.UNPRICED)).toList();
        assertEquals(2, unpriced.size(), "the nodes and the Auto Mode fee are reported as not priced: " + cost.lines());
        assertTrue(unpriced.stream().anyMatch(l -> l.name().startsWith("EKS Auto Mode management fee")), unpriced.toString());
        assertTrue(unpriced.stream().allMatch(l -> l.monthlyUsd() == 0));
        assertEquals(73.0, cost.monthlyUsd(), 1e-9, "only what is known is in the total");
    }

    @Test
    void nodeGroupsBesideAutoModeDoNotMakeTheClusterSizeKnown() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", CLUSTER + """
                resource "aws_eks_node_group" "extra" {
                  cluster_name    = aws_eks_cluster.auto.name
                  node_group_name = "extra"
                  node_role_arn   = aws_iam_role.node.arn
                  subnet_ids      = ["subnet-a"]
                  instance_types  = ["m7g.large"]
                  scaling_config {
                    desired_size = 2
                    min_size     = 2
                    max_size     = 2
                  }
                }
                """).nothingUnmodelled();
        Component auto = p.component("aws_eks_cluster.auto");
        assertEquals(EksAdapter.AUTO_MODE + " (in addition to the nodes of its 1 node group)", auto.unresolved().get("count"));
        written(auto, Keys.NODE_INSTANCE_TYPES, List.of("m7g.large"), 3);
        assertNull(auto.sizing().count());
    }

    @Test
    void autoModeSwitchedByAnUnknownVariableIsUnknown() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", """
                variable "auto" { type = bool }
                resource "aws_eks_cluster" "maybe" {
                  name     = "maybe"
                  role_arn = "arn:aws:iam::123456789012:role/eks"
                  vpc_config {
                    subnet_ids = ["subnet-a"]
                  }
                  compute_config {
                    enabled = var.auto
                  }
                }
                """).nothingUnmodelled();
        Component maybe = p.component("aws_eks_cluster.maybe");
        unknownAt(maybe, Keys.MANAGED_NODES, "variable auto", 10);
        assertTrue(maybe.unresolved().get("count").startsWith("whether EKS Auto Mode provisions nodes is not known offline"));
    }
}
