package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.hcl.Range;
import java.util.List;

/**
 * EKS clusters with their node groups (joined by reference or by the cluster's name), EKS Auto Mode, Fargate profiles
 * and add-ons. A node group whose cluster is not in the configuration is capacity of that cluster, never dropped.
 */
@ResourceAdapter.Adapts(anchors = {"aws_eks_cluster", "aws_eks_node_group"},
        absorbs = {"aws_eks_fargate_profile", "aws_eks_addon", "aws_eks_access_entry", "aws_eks_access_policy_association",
            "aws_eks_pod_identity_association", "aws_launch_template"},
        services = "aws.eks",
        summary = "EKS cluster: version, endpoint access, secrets encryption, control-plane logs, node groups, EKS Auto Mode")
final class EksAdapter implements ResourceAdapter {

    /** Why an Auto Mode cluster's nodes are not known offline. */
    static final String AUTO_MODE = "EKS Auto Mode provisions nodes at run time";

    private static final String[] MEMBERS = {"aws_eks_fargate_profile", "aws_eks_addon", "aws_eks_access_entry", "aws_eks_access_policy_association",
        "aws_eks_pod_identity_association"};

    @Override
    public void adapt(List<Res> anchors, Context ctx) {
        for (Res c : anchors) {
            if (c.type().equals("aws_eks_cluster")) {
                cluster(c, ctx);
            }
        }
        for (Res ng : anchors) {
            if (ng.type().equals(EksNodeGroups.NODE_GROUP) && !ctx.owned(ng)) {
                EksNodeGroups.external(ng, ctx);
            }
        }
    }

    private static void cluster(Res c, Context ctx) {
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
        d.list(Keys.CONTROL_PLANE_LOGS, c.strings("enabled_cluster_log_types"), "no enabled_cluster_log_types: EKS exports no control-plane logs"
                + " (https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html)");
        for (Res r : c.refs("role_arn")) {
            ctx.support(r, "IAM role of " + c.address());
        }
        EksNodeGroups groups = new EksNodeGroups();
        for (Res ng : EksNodeGroups.members(c, EksNodeGroups.NODE_GROUP)) {
            groups.add(ng, d, ctx);
            EksNodeGroups.supportRoles(ng, ctx);
        }
        groups.apply(d, c.range());
        autoMode(c, d, groups, ctx);
        List<Res> profiles = EksNodeGroups.members(c, "aws_eks_fargate_profile");
        for (String t : MEMBERS) {
            for (Res r : EksNodeGroups.members(c, t)) {
                ctx.absorb(r, d);
            }
        }
        d.set(Keys.FARGATE_PROFILES, profiles.size(), c.range());
    }

    /**
     * EKS Auto Mode ({@code compute_config.enabled}): EKS launches, scales and patches the nodes itself, choosing their
     * number and instance types at run time, so the cluster's node count, size and architecture are unknown, not guessed.
     */
    private static void autoMode(Res c, Draft d, EksNodeGroups groups, Context ctx) {
        Fact<Boolean> enabled = c.bool("compute_config.enabled").or(Fact.defaulted(false,
                "no compute_config.enabled: EKS Auto Mode is off; nodes come from node groups, Fargate profiles or self-managed instances"
                        + " (https://docs.aws.amazon.com/eks/latest/userguide/automode.html)"));
        d.set(Keys.MANAGED_NODES, enabled);
        if (enabled.known() && !enabled.value()) {
            return;
        }
        d.set(Keys.NODE_POOLS, c.strings("compute_config.node_pools"));
        for (Res r : c.refs("compute_config.node_role_arn")) {
            ctx.support(r, "IAM role of the nodes of " + c.address());
        }
        String why = enabled.known() ? AUTO_MODE : "whether EKS Auto Mode provisions nodes is not known offline: " + enabled.reason();
        if (groups.groups() > 0) {
            why += " (in addition to the nodes of its " + groups.groups() + " node group" + (groups.groups() == 1 ? "" : "s") + ")";
        }
        Range at = enabled.at() == null ? c.range() : enabled.at();
        d.count = Fact.unknown(why, at);
        d.sku = null;
        d.vcpu = null;
        d.memoryGb = null;
        d.min = null;
        d.max = null;
        d.unresolved("sku", why);
        d.unknown(Keys.ARCH, why, at);
    }
}
