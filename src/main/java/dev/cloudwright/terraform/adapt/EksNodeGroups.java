package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.BillingParts;
import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.hcl.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Managed node groups as EKS joins them to a cluster: by a reference to the cluster or by its name as a string (a
 * literal or a variable). Their sizes add up to the cluster's capacity; a node group whose cluster is not in the
 * configuration is still capacity, a component of its own that says which cluster it joins.
 */
final class EksNodeGroups {
    static final String NODE_GROUP = "aws_eks_node_group";

    private int desired;
    private int min;
    private int max;
    private String unknown;
    private final List<String> types = new ArrayList<>();
    private final List<Fact<Arch>> archs = new ArrayList<>();
    private int groups;

    /** Instances of {@code type} that name {@code cluster} in {@code cluster_name}: by reference, or by the same name in the same region. */
    static List<Res> members(Res cluster, String type) {
        Fact<String> name = cluster.str("name");
        List<Res> out = new ArrayList<>();
        for (Res r : cluster.ofType(type)) {
            if (r.instance.isData()) {
                continue;
            }
            List<Res> named = r.refs("cluster_name").stream().filter(x -> x.type().equals("aws_eks_cluster")).toList();
            if (named.contains(cluster)) {
                out.add(r);
            } else if (named.isEmpty() && name.known() && name.value().equals(r.str("cluster_name").orElse(null)) && sameRegion(cluster, r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean sameRegion(Res a, Res b) {
        return a.region() == null || b.region() == null || a.region().equals(b.region());
    }

    /** Adds a node group's size, instance types, capacity type and zones to {@code d}, which absorbs it. */
    void add(Res ng, Draft d, Context ctx) {
        ctx.absorb(ng, d);
        groups++;
        Fact<Integer> ds = ng.integer("scaling_config.desired_size");
        Fact<Integer> mn = ng.integer("scaling_config.min_size");
        Fact<Integer> mx = ng.integer("scaling_config.max_size");
        for (Fact<Integer> f : List.of(ds, mn, mx)) {
            if (!f.known() && unknown == null) {
                unknown = "a node group's size is not known offline" + (f.isUnknown() ? ": " + f.reason() : "");
            }
        }
        desired += ds.orElse(0);
        d.pays(BillingParts.NODES, ng.address(), ds.known() && ds.value() > 0 ? ds.value() : 1);
        min += mn.orElse(0);
        max += mx.orElse(0);
        Fact<List<String>> its = instanceTypes(ng, ctx);
        types.addAll(its.orElse(List.of()));
        for (String t : its.orElse(List.of())) {
            archs.add(Aws.arch(new Fact<>(t, its.origin(), its.reason(), its.at())));
        }
        if (its.isUnknown()) {
            archs.add(its.map(v -> null));
            if (unknown == null) {
                unknown = its.reason();
            }
        }
        d.set(Keys.CAPACITY, ProviderNames.EKS_CAPACITY_TYPE.read(ng.str("capacity_type"), "capacity_type"));
        ctx.zonesFromSubnets(d, ng.refs("subnet_ids"));
    }

    /** The node group's instance types: written, else its launch template's, else the EKS default. */
    private static Fact<List<String>> instanceTypes(Res ng, Context ctx) {
        Fact<List<String>> its = ng.strings("instance_types");
        LaunchSource template = LaunchSource.template(ng, ng.blocks("launch_template"), "id", "name");
        if (its.origin() != Fact.Origin.DEFAULT || template == null) {
            return its;
        }
        if (!template.found()) {
            return Fact.unknown(template.reason(), template.at());
        }
        ctx.absorb(template.resource(), ctx.owner(ng));
        Fact<String> type = template.resource().str("instance_type");
        return type.isAbsent() ? its : type.map(List::of);
    }

    int groups() {
        return groups;
    }

    List<String> types() {
        return types;
    }

    /** The summed size on {@code d}: count, range, the first instance type, every type and the shared architecture. */
    void apply(Draft d, Range at) {
        if (types.isEmpty() && unknown == null) {
            return;
        }
        if (!types.isEmpty()) {
            d.sku(Fact.explicit(types.get(0), at));
            d.set(Keys.NODE_INSTANCE_TYPES, List.copyOf(new TreeSet<>(types)), at);
        } else {
            d.unresolved("sku", unknown);
        }
        d.count = unknown != null ? Fact.unknown(unknown, at) : Fact.explicit(desired, at);
        d.min = min;
        d.max = max;
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

    /**
     * A node group whose cluster is not in this configuration: capacity of that cluster, a component of its own. What
     * belongs to the cluster (its control plane, its version) is not read here, and its control plane is not charged here.
     */
    static void external(Res ng, Context ctx) {
        Draft d = ctx.component(ng, Role.COMPUTE, "aws.eks");
        Fact<String> name = ng.str("cluster_name");
        d.set(Keys.CLUSTER, name);
        Range at = ng.attr("cluster_name") == null ? ng.range() : ng.attr("cluster_name").range();
        String cluster = name.known() ? "EKS cluster " + name.value() : "an EKS cluster whose name is not known offline";
        d.set(Keys.PART, "managed node group of " + cluster + ", which is not in this configuration", at);
        Fact<String> version = ng.str("version");
        if (version.isAbsent()) {
            d.unknown(Keys.KUBERNETES_VERSION, "the node group runs the Kubernetes version of " + cluster + ", which is not in this configuration", at);
        } else {
            d.set(Keys.KUBERNETES_VERSION, version);
        }
        EksNodeGroups sum = new EksNodeGroups();
        sum.add(ng, d, ctx);
        sum.apply(d, ng.range());
        supportRoles(ng, ctx);
    }

    static void supportRoles(Res ng, Context ctx) {
        for (Res r : ng.refs("node_role_arn")) {
            ctx.support(r, "IAM role of " + ng.address());
        }
    }
}
