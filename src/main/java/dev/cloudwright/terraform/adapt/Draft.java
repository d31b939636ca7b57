package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.InstanceCatalog;
import dev.cloudwright.model.Placement;
import dev.cloudwright.model.Protection;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.terraform.hcl.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A component being assembled from one anchor resource and the resources that configure it. Settings
 * are kept as {@link Fact}s so the built component can say which were written, defaulted or unknown:
 * {@code unknown.FIELD} and {@code default.FIELD} properties carry the reason or source.
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

    Fact<Boolean> encryptedAtRest = Fact.absent();
    String keyId;
    Fact<Boolean> encryptedInTransit = Fact.absent();
    Fact<Boolean> publicEndpoint = Fact.absent();
    Fact<Integer> backupRetentionDays = Fact.absent();
    Fact<Boolean> pointInTimeRecovery = Fact.absent();
    Fact<Boolean> versioning = Fact.absent();
    Fact<Boolean> deletionProtection = Fact.absent();
    String copyToRegion;

    final Map<String, String> properties = new TreeMap<>();
    final List<String> resources = new ArrayList<>();
    final Range at;

    Draft(String id, Role role, String service, String name, Range at) {
        this.id = id;
        this.role = role;
        this.service = service;
        this.name = name;
        this.at = at;
    }

    Draft property(String key, Object value) {
        if (value != null && !String.valueOf(value).isEmpty()) {
            properties.put(key, String.valueOf(value));
        }
        return this;
    }

    /** Records a setting that is not known offline. */
    Draft unknown(String field, String reason) {
        properties.putIfAbsent("unknown." + field, reason);
        return this;
    }

    /** Records a property from a fact: its value, or why it is unknown. */
    Draft property(String key, Fact<?> f) {
        if (f.known()) {
            property(key, f.value() instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : f.value());
            if (f.origin() == Fact.Origin.DEFAULT) {
                properties.put("default." + key, f.reason());
            }
        } else if (f.isUnknown()) {
            unknown(key, f.reason());
        }
        return this;
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
            unknown("sku", f.reason());
        }
    }

    Component build() {
        Placement placement = global ? Placement.global() : Placement.regional(region == null ? "unknown" : region, List.copyOf(zones));
        if (!global && region == null) {
            unknown("region", regionUnknown == null ? "the region is not known offline" : regionUnknown);
        }
        if (zonesUnknown != null) {
            unknown("zones", zonesUnknown);
        }
        Integer n = null;
        if (count.known()) {
            n = count.value();
        } else if (count.isUnknown()) {
            unknown("count", count.reason());
        }
        Sizing sizing = new Sizing(sku, vcpu, memoryGb, n, min, max, storageGb, shards, replicas, scaling);
        Protection protection = new Protection(flag("encrypted_at_rest", encryptedAtRest), keyId, flag("encrypted_in_transit", encryptedInTransit),
                flag("public_endpoint", publicEndpoint), days(), flag("point_in_time_recovery", pointInTimeRecovery), flag("versioning", versioning),
                flag("deletion_protection", deletionProtection), copyToRegion);
        Component.Builder b = Component.builder(id, role, service, name).placement(placement).sizing(sizing).protection(protection);
        for (Map.Entry<String, String> p : properties.entrySet()) {
            b.property(p.getKey(), p.getValue());
        }
        b.property("terraform.address", resources.get(0));
        b.property("terraform.at", at.file() + ":" + at.start().line() + ":" + at.start().column());
        if (resources.size() > 1) {
            b.property("terraform.resources", String.join(", ", resources));
        }
        return b.build();
    }

    private boolean flag(String field, Fact<Boolean> f) {
        if (f.isUnknown()) {
            unknownInto(field, f.reason());
            return false;
        }
        if (f.origin() == Fact.Origin.DEFAULT) {
            properties.put("default." + field, f.reason());
        }
        return Fact.isTrue(f);
    }

    private int days() {
        if (backupRetentionDays.isUnknown()) {
            unknownInto("backup_retention_days", backupRetentionDays.reason());
            return 0;
        }
        if (backupRetentionDays.origin() == Fact.Origin.DEFAULT) {
            properties.put("default.backup_retention_days", backupRetentionDays.reason());
        }
        return backupRetentionDays.orElse(0);
    }

    private void unknownInto(String field, String reason) {
        properties.putIfAbsent("unknown." + field, reason);
    }
}
