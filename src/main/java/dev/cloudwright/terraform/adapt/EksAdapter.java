package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** EKS clusters with their node groups, Fargate profiles and add-ons. */
@ResourceAdapter.Adapts(anchors = "aws_eks_cluster",
        absorbs = {"aws_eks_node_group", "aws_eks_fargate_profile", "aws_eks_addon", "aws_eks_access_entry", "aws_eks_access_policy_association",
            "aws_eks_pod_identity_association"},
        services = "aws.eks",
        summary = "EKS cluster: version, endpoint access, secrets encryption, control-plane logs, node groups")
final class EksAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> clusters, Context ctx) {
        for (Res c : clusters) {
            Draft d = ctx.component(c, Role.COMPUTE, "aws.eks");
            d.set(Keys.KUBERNETES_VERSION, c.str("version"));
            ctx.zonesFromSubnets(d, c.refs("vpc_config.subnet_ids"));
            d.set(Keys.PUBLIC_ENDPOINT, c.bool("vpc_config.endpoint_public_access"));
            d.set(Keys.PRIVATE_API_ENDPOINT, c.bool("vpc_config.endpoint_private_access"));
            d.set(Keys.PUBLIC_ACCESS_CIDRS, c.strings("vpc_config.public_access_cidrs"));
            var encryption = c.blocks("encryption_config");
            if (encryption.isEmpty()) {
                d.defaulted(Keys.SECRETS_ENCRYPTION, false, "no encryption_config: etcd is encrypted with an AWS-owned key, secrets are not envelope-encrypted");
            } else {
                d.set(Keys.ENCRYPTED_AT_REST, true, encryption.get(0).range());
                d.set(Keys.SECRETS_ENCRYPTION, true, encryption.get(0).range());
            }
            d.set(Keys.CONTROL_PLANE_LOGS, c.strings("enabled_cluster_log_types"));
            for (Res r : c.refs("role_arn")) {
                ctx.support(r, "IAM role of " + c.address());
            }
            nodeGroups(c, d, ctx);
            for (String t : new String[] {"aws_eks_fargate_profile", "aws_eks_addon", "aws_eks_access_entry", "aws_eks_pod_identity_association"}) {
                for (Res r : c.referrers(t, "cluster_name")) {
                    ctx.absorb(r, d);
                }
            }
            d.set(Keys.FARGATE_PROFILES, c.referrers("aws_eks_fargate_profile", "cluster_name").size(), c.range());
        }
    }

    /** Node groups summed into the cluster's size; their instance types, capacity type and architecture. */
    private static void nodeGroups(Res c, Draft d, Context ctx) {
        int desired = 0;
        int min = 0;
        int max = 0;
        String unknown = null;
        List<String> types = new ArrayList<>();
        List<Fact<Arch>> archs = new ArrayList<>();
        for (Res ng : c.referrers("aws_eks_node_group", "cluster_name")) {
            ctx.absorb(ng, d);
            Fact<Integer> ds = ng.integer("scaling_config.desired_size");
            Fact<Integer> mn = ng.integer("scaling_config.min_size");
            Fact<Integer> mx = ng.integer("scaling_config.max_size");
            for (Fact<Integer> f : List.of(ds, mn, mx)) {
                if (!f.known() && unknown == null) {
                    unknown = "a node group's size is not known offline" + (f.isUnknown() ? ": " + f.reason() : "");
                }
            }
            desired += ds.orElse(0);
            min += mn.orElse(0);
            max += mx.orElse(0);
            Fact<List<String>> its = ng.strings("instance_types");
            types.addAll(its.orElse(List.of()));
            for (String t : its.orElse(List.of())) {
                archs.add(Aws.arch(new Fact<>(t, its.origin(), its.reason(), its.at())));
            }
            if (its.isUnknown()) {
                archs.add(its.map(v -> null));
            }
            d.set(Keys.CAPACITY, ProviderNames.EKS_CAPACITY_TYPE.read(ng.str("capacity_type"), "capacity_type"));
            ctx.zonesFromSubnets(d, ng.refs("subnet_ids"));
        }
        if (types.isEmpty()) {
            return;
        }
        d.sku(Fact.explicit(types.get(0), c.range()));
        d.count = unknown != null ? Fact.unknown(unknown, c.range()) : Fact.explicit(desired, c.range());
        d.min = min;
        d.max = max;
        d.set(Keys.NODE_INSTANCE_TYPES, List.copyOf(new TreeSet<>(types)), c.range());
        d.set(Keys.ARCH, oneArch(archs));
    }

    /** The architecture all node types share; unknown when one is unknown or they differ. */
    private static Fact<Arch> oneArch(List<Fact<Arch>> archs) {
        Fact<Arch> first = archs.get(0);
        for (Fact<Arch> a : archs) {
            if (!a.known()) {
                return a;
            }
            if (a.value() != first.value()) {
                return Fact.unknown("node groups mix " + first.value().token() + " and " + a.value().token() + " instance types", a.at());
            }
        }
        return first;
    }
}
