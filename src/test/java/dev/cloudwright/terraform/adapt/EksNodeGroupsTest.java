package dev.cloudwright.terraform.adapt;

import static dev.cloudwright.terraform.adapt.Pipeline.line;
import static dev.cloudwright.terraform.adapt.Pipeline.notWritten;
import static dev.cloudwright.terraform.adapt.Pipeline.price;
import static dev.cloudwright.terraform.adapt.Pipeline.unknownAt;
import static dev.cloudwright.terraform.adapt.Pipeline.written;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.pricing.ComponentCost;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Node groups join their cluster as EKS joins them: by reference or by the cluster's name; an unknown cluster's capacity is never dropped. */
class EksNodeGroupsTest {

    @TempDir
    Path dir;

    private static String nodeGroup(String name, String cluster, String type, int desired) {
        return """
                resource "aws_eks_node_group" "%1$s" {
                  cluster_name    = %2$s
                  node_group_name = "%1$s"
                  node_role_arn   = "arn:aws:iam::123456789012:role/node"
                  subnet_ids      = ["subnet-a"]
                  instance_types  = ["%3$s"]
                  scaling_config {
                    desired_size = %4$d
                    min_size     = 1
                    max_size     = 6
                  }
                }
                """.formatted(name, cluster, type, desired);
    }

    @Test
    void nodeGroupsNamingTheClusterByStringJoinIt() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", """
                variable "cluster" {
                  type    = string
                  default = "prod"
                }
                resource "aws_eks_cluster" "prod" {
                  name     = var.cluster
                  role_arn = "arn:aws:iam::123456789012:role/eks"
                  vpc_config {
                    subnet_ids = ["subnet-a"]
                  }
                }
                resource "aws_eks_addon" "dns" {
                  cluster_name = "prod"
                  addon_name   = "coredns"
                }
                """ + nodeGroup("literal", "\"prod\"", "m7g.large", 2) + nodeGroup("variable", "var.cluster", "m7g.large", 3))
                .nothingUnmodelled();
        assertEquals(List.of("aws_eks_cluster.prod"), p.architecture().components().stream().map(Component::id).toList(),
                "both node groups are the cluster's capacity");
        Component prod = p.component("aws_eks_cluster.prod");
        assertEquals(5, prod.sizing().count());
        assertEquals(2, prod.sizing().min());
        assertEquals(12, prod.sizing().max());
        assertEquals("m7g.large", prod.sizing().sku());
        written(prod, Keys.ARCH, Arch.ARM, 22);
        assertTrue(Pipeline.resources(prod).containsAll(List.of("aws_eks_node_group.literal", "aws_eks_node_group.variable", "aws_eks_addon.dns")),
                Pipeline.resources(prod).toString());
        assertTrue(Pipeline.defaulted(prod, Keys.MANAGED_NODES, false).contains("EKS Auto Mode is off"));
        notWritten(prod, Set.of(), Set.of("control_plane_logs", "managed_nodes", "private_api_endpoint", "public_access_cidrs", "public_endpoint", "secrets_encryption"));
        ComponentCost cost = price(prod);
        assertEquals(730, line(cost, "eks.cluster").quantity(), 1e-9);
        assertEquals(5 * 730, line(cost, "ec2.m7g.large").quantity(), 1e-9);
    }

    @Test
    void aNodeGroupOfAClusterOutsideTheConfigurationIsStillCapacity() throws IOException {
        Pipeline p = Pipeline.run(dir, "us-east-1", """
                variable "cluster" { type = string }
                resource "aws_eks_cluster" "other" {
                  name     = "other"
                  role_arn = "arn:aws:iam::123456789012:role/eks"
                  vpc_config {
                    subnet_ids = ["subnet-a"]
                  }
                }
                """ + nodeGroup("shared", "\"platform\"", "m7i.large", 4) + nodeGroup("unnamed", "var.cluster", "m7i.large", 2))
                .nothingUnmodelled();
        Component other = p.component("aws_eks_cluster.other");
        assertEquals(null, other.sizing().count(), "a cluster of another name gets none of their nodes");

        Component shared = p.component("aws_eks_node_group.shared");
        assertEquals("aws.eks", shared.service());
        written(shared, Keys.CLUSTER, "platform", 11);
        assertEquals("managed node group of EKS cluster platform, which is not in this configuration", shared.value(Keys.PART));
        unknownAt(shared, Keys.KUBERNETES_VERSION, "EKS cluster platform, which is not in this configuration", 11);
        assertEquals(4, shared.sizing().count());
        assertEquals("m7i.large", shared.sizing().sku());
        written(shared, Keys.ARCH, Arch.X86, 15);
        notWritten(shared, Set.of("kubernetes_version"), Set.of());
        ComponentCost cost = price(shared);
        assertTrue(cost.lines().stream().noneMatch(l -> l.priceKey().equals("eks.cluster")), "the control plane is billed where the cluster is: " + cost.lines());
        assertEquals(4 * 730, line(cost, "ec2.m7i.large").quantity(), 1e-9);

        Component unnamed = p.component("aws_eks_node_group.unnamed");
        unknownAt(unnamed, Keys.CLUSTER, "variable cluster", 23);
        assertTrue(unnamed.value(Keys.PART).contains("whose name is not known offline"), unnamed.value(Keys.PART));
        assertEquals(2, unnamed.sizing().count(), "its own size is known even though its cluster is not");
    }
}
