package dev.cloudwright.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
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
 * @param settings   typed settings with their provenance, by key name ({@link Keys}); protection settings included
 * @param usage      expected monthly usage quantities that drive cost (requests, GB transferred...), sorted by key
 * @param unresolved placement and sizing fields that are not known offline ({@code region}, {@code count}...), with the reason
 */
public record Component(
        String id,
        Role role,
        String service,
        String name,
        Placement placement,
        Sizing sizing,
        SortedMap<String, Setting<?>> settings,
        SortedMap<String, Double> usage,
        SortedMap<String, String> unresolved) {

    public Component {
        settings = Collections.unmodifiableSortedMap(new TreeMap<>(settings));
        usage = Collections.unmodifiableSortedMap(new TreeMap<>(usage));
        unresolved = Collections.unmodifiableSortedMap(new TreeMap<>(unresolved));
    }

    /** The setting under {@code key}, if the component has one (known or unknown). */
    @SuppressWarnings("unchecked")
    public <T> Optional<Setting<T>> setting(Key<T> key) {
        return Optional.ofNullable((Setting<T>) settings.get(key.name()));
    }

    /** The known value under {@code key}; null when absent or unknown. */
    public <T> T value(Key<T> key) {
        return setting(key).map(Setting::value).orElse(null);
    }

    public <T> T valueOr(Key<T> key, T fallback) {
        T v = value(key);
        return v == null ? fallback : v;
    }

    /** Known to be true (absent and unknown are not). */
    public boolean isTrue(Key<Boolean> key) {
        return Boolean.TRUE.equals(value(key));
    }

    /** The setting is present but not known offline. */
    public boolean isUnknown(Key<?> key) {
        return setting(key).map(s -> !s.known()).orElse(false);
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
        Builder b = new Builder(id, role, service, name).placement(placement).sizing(sizing);
        b.settings.putAll(settings);
        b.usage.putAll(usage);
        b.unresolved.putAll(unresolved);
        return b;
    }

    public static final class Builder {
        private final String id;
        private final Role role;
        private final String service;
        private final String name;
        private Placement placement = Placement.global();
        private Sizing sizing = Sizing.NONE;
        private final TreeMap<String, Setting<?>> settings = new TreeMap<>();
        private final TreeMap<String, Double> usage = new TreeMap<>();
        private final TreeMap<String, String> unresolved = new TreeMap<>();

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

        /** A designed setting; a null value sets nothing. */
        public <T> Builder set(Key<T> key, T value) {
            return value == null ? this : set(key, Setting.designed(value));
        }

        /** A designed setting with the assumption behind it. */
        public <T> Builder set(Key<T> key, T value, String assumption) {
            return value == null ? this : set(key, Setting.designed(value, assumption));
        }

        /** A setting with its provenance; a setting already there is replaced. */
        public <T> Builder set(Key<T> key, Setting<T> s) {
            if (Keys.byName(key.name()).orElse(null) != key) {
                throw new IllegalArgumentException("setting " + key + " is not declared in Keys");
            }
            if (s.known()) {
                key.check(s.value());
            }
            settings.put(key.name(), s);
            return this;
        }

        /** Designed protection settings (encryption, exposure, backups). */
        public Builder protection(Protection p) {
            p.applyTo(this);
            return this;
        }

        public Builder unresolved(String field, String reason) {
            unresolved.putIfAbsent(field, reason);
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
            return new Component(id, role, service, name, placement, sizing, settings, usage, unresolved);
        }
    }
}
