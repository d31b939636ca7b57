package dev.cloudwright.model;

/**
 * How big a component is. Fields that do not apply to a role are null (and absent from JSON).
 *
 * <p>Build one by naming the fields that apply, e.g.
 * {@code Sizing.builder().sku("db.r7g.large").count(2).storageGb(100.0).build()}; copy one with a few fields changed with
 * {@code s.toBuilder().count(n).min(n).build()}. Fields never set stay null.
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

    public static final Sizing NONE = builder().build();

    /** A builder with every field unset (null). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this sizing's fields, to copy it with some of them changed. */
    public Builder toBuilder() {
        return new Builder().sku(sku).vcpu(vcpu).memoryGb(memoryGb).count(count).min(min).max(max).storageGb(storageGb)
                .shards(shards).replicas(replicas).scaling(scaling);
    }

    public static Sizing storage(double gb) {
        return builder().storageGb(gb).build();
    }

    public static Sizing units(String sku, int count) {
        return builder().sku(sku).count(count).build();
    }

    public Sizing withCount(int n) {
        return toBuilder().count(n).build();
    }

    public Sizing withSku(String s) {
        return toBuilder().sku(s).build();
    }

    public int countOr(int fallback) {
        return count == null ? fallback : count;
    }

    /**
     * Named setters for {@link Sizing}, one per field. A field not set stays null; the boxed overloads accept null to
     * clear one (for example in a copy made with {@link Sizing#toBuilder()}).
     */
    public static final class Builder {
        private String sku;
        private Double vcpu;
        private Double memoryGb;
        private Integer count;
        private Integer min;
        private Integer max;
        private Double storageGb;
        private Integer shards;
        private Integer replicas;
        private String scaling;

        private Builder() {
        }

        public Builder sku(String sku) {
            this.sku = sku;
            return this;
        }

        public Builder vcpu(double vcpu) {
            this.vcpu = vcpu;
            return this;
        }

        public Builder vcpu(Double vcpu) {
            this.vcpu = vcpu;
            return this;
        }

        public Builder memoryGb(double memoryGb) {
            this.memoryGb = memoryGb;
            return this;
        }

        public Builder memoryGb(Double memoryGb) {
            this.memoryGb = memoryGb;
            return this;
        }

        public Builder count(int count) {
            this.count = count;
            return this;
        }

        public Builder count(Integer count) {
            this.count = count;
            return this;
        }

        public Builder min(int min) {
            this.min = min;
            return this;
        }

        public Builder min(Integer min) {
            this.min = min;
            return this;
        }

        public Builder max(int max) {
            this.max = max;
            return this;
        }

        public Builder max(Integer max) {
            this.max = max;
            return this;
        }

        public Builder storageGb(double storageGb) {
            this.storageGb = storageGb;
            return this;
        }

        public Builder storageGb(Double storageGb) {
            this.storageGb = storageGb;
            return this;
        }

        public Builder shards(int shards) {
            this.shards = shards;
            return this;
        }

        public Builder shards(Integer shards) {
            this.shards = shards;
            return this;
        }

        public Builder replicas(int replicas) {
            this.replicas = replicas;
            return this;
        }

        public Builder replicas(Integer replicas) {
            this.replicas = replicas;
            return this;
        }

        public Builder scaling(String scaling) {
            this.scaling = scaling;
            return this;
        }

        public Sizing build() {
            return new Sizing(sku, vcpu, memoryGb, count, min, max, storageGb, shards, replicas, scaling);
        }
    }
}
