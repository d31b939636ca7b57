package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What adapters share: the index of instances, the components drafted so far, which component owns
 * each resource, and links between resources that become connections once every resource has an owner.
 */
final class Context {
    final Index index;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, Draft> owner = new HashMap<>();
    final List<Link> links = new ArrayList<>();
    final Map<String, String> supporting = new HashMap<>();
    final List<BackupCover> backups = new ArrayList<>();
    final List<RegionClaim> regionClaims = new ArrayList<>();

    /** The configuration says the region of {@code address} serves ({@code primary}) or stands by, and where it says so. */
    record RegionClaim(String address, boolean primary, String basis) {}

    /** A backup plan covering a resource: its retention, continuous backup and copy region. */
    record BackupCover(String address, int retentionDays, boolean continuous, String copyRegion, String plan) {}

    /** A connection between the owners of two resources (or a component and a resource). */
    record Link(String fromAddress, String toAddress, Connection.Kind kind, String protocol, int port, boolean critical) {}

    Context(Index index) {
        this.index = index;
    }

    /** A new component anchored on {@code anchor}, owning it. */
    Draft component(Res anchor, Role role, String service) {
        return component(anchor.address(), anchor, role, service);
    }

    /** A new component with its own id (for components that group several instances). */
    Draft component(String id, Res anchor, Role role, String service) {
        Draft d = new Draft(id, role, service, anchor.label(), anchor.range());
        if (anchor.value("tags") instanceof dev.cloudwright.terraform.eval.Value.Obj tags
                && tags.get("cloudwright:component") instanceof dev.cloudwright.terraform.eval.Value.Str design) {
            d.set(dev.cloudwright.model.Keys.DESIGN_COMPONENT, design.value(), anchor.attr("tags").range());
        }
        d.set(dev.cloudwright.model.Keys.COST_TAGS, costTags(anchor));
        d.region = anchor.region();
        d.regionUnknown = anchor.regionUnknownReason();
        drafts.put(id, d);
        absorb(anchor, d);
        return d;
    }

    /** Tags that only name a resource or link it to its design component: they allocate no cost. */
    private static final java.util.Set<String> NAMING_TAGS = java.util.Set.of("Name", "cloudwright:component");

    /**
     * Whether {@code r} carries a tag beyond its name: its {@code tags}, an Auto Scaling group's {@code tag} blocks, or its
     * provider's {@code default_tags}. False is derived from what is written (at the resource); unknown when the only
     * tags are not known offline.
     */
    static Fact<Boolean> costTags(Res r) {
        String unknown = null;
        java.util.List<dev.cloudwright.terraform.eval.Value> maps = new java.util.ArrayList<>();
        maps.add(r.value("tags"));
        var p = r.instance.provider();
        if (p != null && p.config() != null) {
            for (var b : p.config().blocks("default_tags")) {
                var t = b.body().attribute("tags");
                maps.add(t == null ? null : t.value());
            }
        }
        for (var v : maps) {
            if (v instanceof dev.cloudwright.terraform.eval.Value.Obj o) {
                if (o.attrs().keySet().stream().anyMatch(k -> !NAMING_TAGS.contains(k))) {
                    return Fact.explicit(true, r.attr("tags") != null && v == r.value("tags") ? r.attr("tags").range() : r.range());
                }
                if (o.unknownRest() != null) {
                    unknown = "some tags are not known offline (" + o.unknownRest() + ")";
                }
            } else if (v instanceof dev.cloudwright.terraform.eval.Value.Unknown u) {
                unknown = "the tags are not known offline (" + u.reason() + ")";
            }
        }
        for (var b : r.blocks("tag")) {
            Fact<String> key = Res.str(b.body(), "key");
            if (key.known() && !NAMING_TAGS.contains(key.value())) {
                return Fact.explicit(true, b.range());
            }
            if (key.isUnknown()) {
                unknown = key.reason();
            }
        }
        return unknown != null ? Fact.unknown(unknown, r.range()) : Fact.explicit(false, r.range());
    }

    /** {@code r} configures {@code d}: it is part of that component. */
    void absorb(Res r, Draft d) {
        if (!owner.containsKey(r.address())) {
            owner.put(r.address(), d);
            d.resources.add(r.address());
        }
    }

    /** {@code r} is used by the architecture without being a component of its own (IAM, security groups...). */
    void support(Res r, String what) {
        supporting.putIfAbsent(r.address(), what);
    }

    Draft owner(Res r) {
        return r == null ? null : owner.get(r.address());
    }

    Draft owner(String address) {
        return owner.get(address);
    }

    boolean owned(Res r) {
        return owner.containsKey(r.address());
    }

    void link(Res from, Res to, Connection.Kind kind, String protocol, int port, boolean critical) {
        links.add(new Link(from.address(), to.address(), kind, protocol, port, critical));
    }

    Iterable<Draft> drafts() {
        return drafts.values();
    }

    /** Zones from the subnets a component is placed in; unknown zones are recorded with their reason. */
    void zonesFromSubnets(Draft d, List<Res> subnets) {
        for (Res s : subnets) {
            if (!s.type().equals("aws_subnet") && !s.type().equals("aws_default_subnet")) {
                continue;
            }
            Fact<String> az = s.str("availability_zone");
            if (az.known()) {
                d.zones.add(az.value());
            } else if (az.isUnknown()) {
                d.zonesUnknown = "subnet " + s.address() + ": " + az.reason();
            } else {
                Fact<String> azId = s.str("availability_zone_id");
                if (azId.known()) {
                    d.zones.add(azId.value());
                } else {
                    d.zonesUnknown = "subnet " + s.address() + " does not set availability_zone (AWS picks one)";
                }
            }
        }
    }
}
