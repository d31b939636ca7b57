package dev.cloudwright.model;

/**
 * How big a component is. Fields that do not apply to a role are null (and absent from JSON).
 *
 * @param sku          provider size name: instance class, node type, task size ({@code 2vCPU-4GB})
 * @param vcpu         vCPUs per unit
 * @param memoryGb     memory per unit in GB
 * @param count        units running on average (instances, tasks, nodes)
 * @param min          autoscaling minimum
 * @param max          autoscaling maximum
 * @param storageGb    stored data in GB
 * @param shards       data partitions (cache cluster mode)
 * @param replicas     replicas per shard, or read replicas of a database
 * @param scaling      scaling policy in words, e.g. {@code target CPU 70%}
 */
public record Sizing(
        String sku,
        Double vcpu,
        Double memoryGb,
        Integer count,
        Integer min,
        Integer max,
        Double storageGb,
        Integer shards,
        Integer replicas,
        String scaling) {

    public static final Sizing NONE = new Sizing(null, null, null, null, null, null, null, null, null, null);

    public static Sizing storage(double gb) {
        return new Sizing(null, null, null, null, null, null, gb, null, null, null);
    }

    public static Sizing units(String sku, int count) {
        return new Sizing(sku, null, null, count, null, null, null, null, null, null);
    }

    public Sizing withCount(int n) {
        return new Sizing(sku, vcpu, memoryGb, n, min, max, storageGb, shards, replicas, scaling);
    }

    public Sizing withSku(String s) {
        return new Sizing(s, vcpu, memoryGb, count, min, max, storageGb, shards, replicas, scaling);
    }

    public int countOr(int fallback) {
        return count == null ? fallback : count;
    }
}
