package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;

/**
 * Aurora Auto Scaling of readers: an Application Auto Scaling target on {@code rds:cluster:ReadReplicaCount} of a
 * cluster ({@code resource_id = "cluster:<identifier>"}, by reference or by the identifier). Aurora keeps at least
 * {@code min_capacity} readers and adds up to {@code max_capacity}; the readers written in the configuration count
 * towards them (https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Integrating.AutoScaling.html).
 * The minimum is what always runs, so it is what is sized and priced; the maximum is a setting.
 */
final class AuroraReaderScaling {
    static final String NAMESPACE = "rds";
    static final String DIMENSION = "rds:cluster:ReadReplicaCount";

    private AuroraReaderScaling() {}

    /** The target scaling the readers of {@code cluster}, or null. */
    static Res target(Res cluster, Context ctx) {
        Fact<String> id = cluster.str("cluster_identifier");
        for (Res t : ctx.index.managed(AppAutoScaling.TARGET)) {
            if (ctx.owned(t) || !NAMESPACE.equals(t.str("service_namespace").orElse(null))
                    || !DIMENSION.equals(t.str("scalable_dimension").orElse(null))) {
                continue;
            }
            if (t.refs("resource_id").contains(cluster)) {
                return t;
            }
            Fact<String> rid = t.str("resource_id");
            boolean sameRegion = t.region() == null || cluster.region() == null || t.region().equals(cluster.region());
            if (id.known() && rid.known() && rid.value().equals("cluster:" + id.value()) && sameRegion) {
                return t;
            }
        }
        return null;
    }

    /**
     * Folds the target and its policies into {@code d}, records the bounds, and raises the instance count to the writer
     * plus {@code min_capacity} readers when the configuration writes fewer. {@code d.count} is the instances written.
     */
    static void apply(Res cluster, Res t, Draft d, Context ctx) {
        ctx.absorb(t, d);
        Fact<Integer> min = t.integer("min_capacity");
        Fact<Integer> max = t.integer("max_capacity");
        d.set(Keys.MIN_READERS, min);
        d.set(Keys.MAX_READERS, max);
        d.scaling = "Aurora reader auto scaling" + (min.known() && max.known() ? " (" + min.value() + " to " + max.value() + " readers)" : "")
                + suffix(AppAutoScaling.policies(t, cluster, d, ctx));
        if (!d.count.known()) {
            return;
        }
        int written = d.count.value();
        if (min.isUnknown()) {
            d.count = Fact.unknown("the number of readers auto scaling keeps is not known offline: " + min.reason(), min.at());
        } else if (min.known() && 1 + min.value() > written) {
            d.count = Fact.explicit(1 + min.value(), min.at());
        }
        if (d.count.known()) {
            d.min = d.count.value();
            d.max = max.known() ? Math.max(d.count.value(), 1 + max.value()) : null;
        }
        if (max.isUnknown()) {
            d.unresolved("max", max.reason());
        }
    }

    private static String suffix(String policies) {
        return policies == null ? "" : ": " + policies;
    }
}
