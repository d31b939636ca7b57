package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.List;

/** EKS clusters with their node groups, Fargate profiles and add-ons. */
@ResourceAdapter.Adapts(anchors = "aws_eks_cluster",
        absorbs = {"aws_eks_node_group", "aws_eks_fargate_profile", "aws_eks_addon", "aws_eks_access_entry", "aws_eks_access_policy_association",
            "aws_eks_pod_identity_association"},
        summary = "EKS cluster: version, endpoint access, secrets encryption, control-plane logs, node groups")
final class EksAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> clusters, Context ctx) {
        for (Res c : clusters) {
            Draft d = ctx.component(c, Role.COMPUTE, "aws.eks");
            d.property("version", c.str("version"));
            ctx.zonesFromSubnets(d, c.refs("vpc_config.subnet_ids"));
            d.publicEndpoint = c.bool("vpc_config.endpoint_public_access");
            d.property("endpoint_private_access", c.bool("vpc_config.endpoint_private_access"));
            d.property("public_access_cidrs", c.strings("vpc_config.public_access_cidrs"));
            d.encryptedAtRest = c.blocks("encryption_config").isEmpty() ? Fact.absent() : Fact.explicit(true, c.blocks("encryption_config").get(0).range());
            d.property("secrets_encryption", c.blocks("encryption_config").isEmpty() ? "none (etcd encrypted with an AWS-owned key)" : "KMS envelope");
            d.property("control_plane_logs", c.strings("enabled_cluster_log_types"));
            for (Res r : c.refs("role_arn")) {
                ctx.support(r, "IAM role of " + c.address());
            }
            int desired = 0;
            int min = 0;
            int max = 0;
            boolean unknown = false;
            List<String> types = new ArrayList<>();
            for (Res ng : c.referrers("aws_eks_node_group", "cluster_name")) {
                ctx.absorb(ng, d);
                Fact<Integer> ds = ng.integer("scaling_config.desired_size");
                Fact<Integer> mn = ng.integer("scaling_config.min_size");
                Fact<Integer> mx = ng.integer("scaling_config.max_size");
                unknown |= !ds.known() || !mn.known() || !mx.known();
                desired += ds.orElse(0);
                min += mn.orElse(0);
                max += mx.orElse(0);
                types.addAll(ng.strings("instance_types").orElse(List.of("t3.medium")));
                d.property("capacity_type", ng.str("capacity_type"));
                ctx.zonesFromSubnets(d, ng.refs("subnet_ids"));
            }
            if (!types.isEmpty()) {
                d.sku(Fact.explicit(types.get(0), c.range()));
                d.count = unknown ? Fact.unknown("a node group's size is not known offline", c.range()) : Fact.explicit(desired, c.range());
                d.min = min;
                d.max = max;
                d.property("node_instance_types", String.join(", ", new java.util.TreeSet<>(types)));
            }
            for (String t : new String[] {"aws_eks_fargate_profile", "aws_eks_addon", "aws_eks_access_entry", "aws_eks_pod_identity_association"}) {
                for (Res r : c.referrers(t, "cluster_name")) {
                    ctx.absorb(r, d);
                }
            }
            d.property("fargate_profiles", c.referrers("aws_eks_fargate_profile", "cluster_name").size());
        }
    }
}
