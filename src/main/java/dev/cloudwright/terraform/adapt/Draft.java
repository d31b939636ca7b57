package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.InstanceCatalog;
import dev.cloudwright.model.Key;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Placement;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Setting;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.terraform.hcl.Range;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A component being assembled from one anchor resource and the resources that configure it. Settings
 * keep their provenance ({@link Setting}): written (with where), defaulted (with the default's
 * source) or unknown (with the reason). Placement and sizing not known offline are recorded as
 * unresolved fields.
 */
final class Draft {
    final String id;
    final Role role;
    String service;
    String name;
    String region;
    String regionUnknown;
    final Set<String> zones = new TreeSet<>();
    String zonesUnknown;
    boolean global;

    String sku;
    Double vcpu;
    Double memoryGb;
    Fact<Integer> count = Fact.absent();
    Integer min;
    Integer max;
    Double storageGb;
    Integer shards;
    Integer replicas;
    String scaling;

    private final Map<Key<?>, Setting<?>> settings = new TreeMap<>();
    private final Map<String, String> unresolved = new TreeMap<>();
    private final Map<String, Double> usage = new TreeMap<>();
    final List<String> resources = new ArrayList<>();
    /** The resources that bill the component's instance hours, where those are resources of their own (cluster instances). */
    final List<String> instances = new ArrayList<>();
    /** Resources that bill one part of the charges (a cluster's node groups, a zone's health checks), as part=address. */
    private final List<String> payers = new ArrayList<>();
    final Range at;

    Draft(String id, Role role, String service, String name, Range at) {
        this.id = id;
        this.role = role;
        this.service = service;
        this.name = name;
        this.at = at;
    }

    /** A setting from a fact, with its provenance; an absent fact sets nothing, an empty text or list neither. */
    <T> Draft set(Key<T> key, Fact<T> f) {
        if (f.known() && empty(f.value())) {
            return this;
        }
        f.setting().ifPresent(s -> settings.put(key, s));
        return this;
    }

    /** A setting written in the configuration at {@code at} (or derived from what is written there); null or empty sets nothing. */
    <T> Draft set(Key<T> key, T value, Range at) {
        return value == null ? this : set(key, Fact.explicit(value, at));
    }

    /** A setting nobody wrote: the provider's or the service's default applies, for the reason given. */
    <T> Draft defaulted(Key<T> key, T value, String basis) {
        return set(key, Fact.defaulted(value, basis));
    }

    /** A list that may be empty: a written {@code []} or, when not written, none for the reason given. */
    Draft list(Key<List<String>> key, Fact<List<String>> f, String noneBasis) {
        if (f.isAbsent()) {
            settings.put(key, Setting.defaulted(List.of(), noneBasis));
        } else {
            f.setting().ifPresent(s -> settings.put(key, s));
        }
        return this;
    }

    /** A setting that is not known offline. */
    Draft unknown(Key<?> key, String reason, Range at) {
        settings.put(key, Setting.unknown(reason, Fact.position(at)));
        return this;
    }

    @SuppressWarnings("unchecked")
    <T> Setting<T> setting(Key<T> key) {
        return (Setting<T>) settings.get(key);
    }

    /** The known value, or null (absent or unknown). */
    <T> T value(Key<T> key) {
        Setting<T> s = setting(key);
        return s == null ? null : s.value();
    }

    /** A placement or sizing field that is not known offline. */
    Draft unresolved(String field, String reason) {
        unresolved.putIfAbsent(field, reason);
        return this;
    }

    /** A monthly usage quantity read from the configuration (alarms, health checks...). */
    Draft usage(String key, double value) {
        usage.put(key, value);
        return this;
    }

    /**
     * {@code address} bills {@code shares} shares of the charges of {@code part} (a pricing part name such as
     * {@code nodes} or {@code alarms}); the part's charges are split over its payers by their shares.
     */
    Draft pays(String part, String address, int shares) {
        for (int i = 0; i < shares; i++) {
            payers.add(part + "=" + address);
        }
        return this;
    }

    /** The monthly usage quantity read so far for {@code key} (0 when none). */
    double usageOf(String key) {
        return usage.getOrDefault(key, 0.0);
    }

    private static boolean empty(Object v) {
        return v instanceof String s && s.isEmpty() || v instanceof Collection<?> c && c.isEmpty();
    }

    /** Sets the size from an instance class or node type the catalog knows (vCPUs and memory). */
    void sku(Fact<String> f) {
        if (f.known()) {
            sku = f.value();
            try {
                InstanceCatalog.InstanceType t = InstanceCatalog.aws().get(f.value());
                vcpu = t.vcpu();
                memoryGb = t.memoryGib();
            } catch (RuntimeException e) {
                // not in the catalog: the size name alone is still useful
            }
        } else if (f.isUnknown()) {
            unresolved("sku", f.reason());
        }
    }

    /** Autoscaling bounds read from the configuration; unknown ones are listed as unresolved. */
    void range(Fact<Integer> lo, Fact<Integer> hi) {
        min = lo.known() ? lo.value() : null;
        max = hi.known() ? hi.value() : null;
        if (lo.isUnknown()) {
            unresolved("min", lo.reason());
        }
        if (hi.isUnknown()) {
            unresolved("max", hi.reason());
        }
    }

    /** The address of an instance's resource block: the address without its last instance key ({@code x.y[0]} -> {@code x.y}). */
    static String blockAddress(String address) {
        return address.endsWith("]") && address.lastIndexOf('[') > 0 ? address.substring(0, address.lastIndexOf('[')) : address;
    }

    Component build() {
        Role catalogued = dev.cloudwright.model.ServiceCatalog.aws().get(service).role();
        if (catalogued != role) {
            throw new IllegalStateException(id + ": " + service + " plays " + catalogued + " in services.tsv, not " + role);
        }
        Placement placement = global ? Placement.global() : Placement.regional(region == null ? "unknown" : region, List.copyOf(zones));
        if (!global && region == null) {
            unresolved("region", regionUnknown == null ? "the region is not known offline" : regionUnknown);
        }
        if (zonesUnknown != null) {
            unresolved("zones", zonesUnknown);
        }
        Integer n = null;
        if (count.known()) {
            n = count.value();
        } else if (count.isUnknown()) {
            unresolved("count", count.reason());
        }
        Sizing sizing = Sizing.builder().sku(sku).vcpu(vcpu).memoryGb(memoryGb).count(n).min(min).max(max).storageGb(storageGb)
                .shards(shards).replicas(replicas).scaling(scaling).build();
        set(Keys.TERRAFORM_ADDRESS, resources.get(0), at);
        set(Keys.TERRAFORM_AT, at.file() + ":" + at.start().line() + ":" + at.start().column(), at);
        if (resources.size() > 1) {
            set(Keys.TERRAFORM_RESOURCES, List.copyOf(resources), at);
            // The instances of the anchor's resource block (count / for_each) share its charges.
            String block = blockAddress(resources.get(0));
            List<String> units = resources.stream().filter(a -> blockAddress(a).equals(block)).toList();
            if (units.size() > 1) {
                set(Keys.TERRAFORM_UNITS, units, at);
            }
        }
        if (!instances.isEmpty()) {
            set(Keys.TERRAFORM_INSTANCES, List.copyOf(instances), at);
        }
        if (!payers.isEmpty()) {
            set(Keys.TERRAFORM_PAYERS, List.copyOf(payers), at);
        }
        Component.Builder b = Component.builder(id, role, service, name).placement(placement).sizing(sizing);
        for (Map.Entry<Key<?>, Setting<?>> e : settings.entrySet()) {
            put(b, e.getKey(), e.getValue());
        }
        unresolved.forEach(b::unresolved);
        b.usage(usage);
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static <T> void put(Component.Builder b, Key<T> key, Setting<?> s) {
        b.set(key, (Setting<T>) s);
    }
}
