package dev.cloudwright.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One part of the architecture.
 *
 * @param id         stable unique id, e.g. {@code use1.compute.app}
 * @param role       what it does
 * @param service    the provider service that implements it, as named in the provider's service catalog
 *                   (e.g. {@code aws.ecs-fargate}); the only provider-specific field
 * @param name       a human label
 * @param placement  region and zones
 * @param sizing     size and counts
 * @param protection security and data-protection properties
 * @param properties role-specific settings as text (engine, topology, lifecycle rules...), sorted by key
 * @param usage      expected monthly usage quantities that drive cost (requests, GB transferred...), sorted by key
 */
public record Component(
        String id,
        Role role,
        String service,
        String name,
        Placement placement,
        Sizing sizing,
        Protection protection,
        SortedMap<String, String> properties,
        SortedMap<String, Double> usage) {

    public Component {
        properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
        usage = Collections.unmodifiableSortedMap(new TreeMap<>(usage));
    }

    public String property(String key) {
        return properties.get(key);
    }

    public String property(String key, String fallback) {
        return properties.getOrDefault(key, fallback);
    }

    public double usage(String key) {
        return usage.getOrDefault(key, 0.0);
    }

    public String region() {
        return placement.region();
    }

    /** A builder keeps the designer readable: most components set only a few fields. */
    public static Builder builder(String id, Role role, String service, String name) {
        return new Builder(id, role, service, name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id, role, service, name).placement(placement).sizing(sizing).protection(protection);
        b.properties.putAll(properties);
        b.usage.putAll(usage);
        return b;
    }

    public static final class Builder {
        private final String id;
        private final Role role;
        private final String service;
        private final String name;
        private Placement placement = Placement.global();
        private Sizing sizing = Sizing.NONE;
        private Protection protection = Protection.NONE;
        private final TreeMap<String, String> properties = new TreeMap<>();
        private final TreeMap<String, Double> usage = new TreeMap<>();

        private Builder(String id, Role role, String service, String name) {
            this.id = id;
            this.role = role;
            this.service = service;
            this.name = name;
        }

        public Builder placement(Placement p) {
            this.placement = p;
            return this;
        }

        public Builder sizing(Sizing s) {
            this.sizing = s;
            return this;
        }

        public Builder protection(Protection p) {
            this.protection = p;
            return this;
        }

        public Builder property(String k, Object v) {
            if (v != null) {
                properties.put(k, String.valueOf(v));
            }
            return this;
        }

        public Builder usage(String k, double v) {
            usage.put(k, v);
            return this;
        }

        public Builder usage(Map<String, Double> all) {
            usage.putAll(all);
            return this;
        }

        public Component build() {
            return new Component(id, role, service, name, placement, sizing, protection, properties, usage);
        }
    }
}
