package dev.cloudwright.terraform.adapt;

import dev.cloudwright.geo.RegionCatalog;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part each region plays, only as far as the configuration says: a Route 53 failover record names the primary
 * and secondary targets; a database or cache replica (Aurora global secondary, cross-region read replica, ElastiCache
 * global datastore secondary) stands by for its source; an S3 replication rule copies from a source to a destination.
 * The first of these kinds of evidence that the configuration holds decides. Without any, regions are peers: nothing
 * in Terraform says which one serves, and guessing from the amount of compute would be a guess dressed as fact.
 */
final class RegionRoles {
    private RegionRoles() {}

    /** One piece of evidence: the region of an address serves or stands by. */
    private record Claim(String region, boolean primary, String basis) {}

    static List<RegionPlan> of(List<Component> components, List<Context.RegionClaim> dns, String defaultRegion) {
        Map<String, Component> byAddress = new HashMap<>();
        Map<String, Set<String>> zones = new LinkedHashMap<>();
        for (Component c : components) {
            for (String a : AwsAdapter.addresses(c)) {
                byAddress.put(a, c);
            }
            if (!c.placement().isGlobal() && !c.region().equals("unknown")) {
                zones.computeIfAbsent(c.region(), k -> new TreeSet<>()).addAll(c.placement().zones());
            }
        }
        List<List<Claim>> levels = List.of(failover(dns, byAddress), replication(components, byAddress, false),
                replication(components, byAddress, true));
        List<Claim> decisive = levels.stream().filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
        List<String> order = new ArrayList<>(zones.keySet());
        order.sort(null);
        if (defaultRegion != null && order.remove(defaultRegion)) {
            order.add(0, defaultRegion);
        }
        List<RegionPlan> out = new ArrayList<>();
        for (String code : order) {
            boolean serves = decisive.stream().anyMatch(c -> c.region().equals(code) && c.primary());
            boolean stands = decisive.stream().anyMatch(c -> c.region().equals(code) && !c.primary());
            RegionPlan.Part part;
            String basis;
            if (order.size() == 1) {
                part = RegionPlan.Part.PRIMARY;
                basis = "the only region in the configuration";
            } else if (serves != stands) {
                // A region that stands by without anything to serve with holds copies only: a restore target.
                part = serves ? RegionPlan.Part.PRIMARY : canServe(components, code) ? RegionPlan.Part.STANDBY : RegionPlan.Part.RECOVERY;
                basis = decisive.stream().filter(c -> c.region().equals(code) && c.primary() == serves).findFirst().orElseThrow().basis();
            } else {
                part = RegionPlan.Part.PEER;
                basis = serves ? "the configuration has it both serving and standing by (" + decisive.stream()
                        .filter(c -> c.region().equals(code)).map(Claim::basis).findFirst().orElseThrow() + ")"
                        : decisive.isEmpty() ? "no failover routing or replication direction in the configuration says which region serves"
                        : "not named by the evidence that decides the others";
            }
            var info = RegionCatalog.aws().find(code);
            out.add(new RegionPlan(code, info.map(RegionCatalog.Region::name).orElse(code), part,
                    info.map(RegionCatalog.Region::geography).orElse("unknown"), List.copyOf(zones.get(code)), basis));
        }
        // The region that serves comes first, whatever its name: analyses take the first region as the serving one.
        out.sort(java.util.Comparator.comparing((RegionPlan r) -> r.part() == RegionPlan.Part.PRIMARY ? 0 : 1));
        return out;
    }

    private static boolean canServe(List<Component> components, String region) {
        return components.stream().anyMatch(c -> c.region().equals(region) && !c.placement().isGlobal()
                && (c.role() == Role.COMPUTE || c.role() == Role.LOAD_BALANCER || c.role() == Role.DATABASE));
    }

    private static List<Claim> failover(List<Context.RegionClaim> dns, Map<String, Component> byAddress) {
        List<Claim> out = new ArrayList<>();
        for (Context.RegionClaim c : dns) {
            Component target = byAddress.get(c.address());
            if (target != null && !target.placement().isGlobal() && !target.region().equals("unknown")) {
                out.add(new Claim(target.region(), c.primary(), c.basis()));
            }
        }
        return out;
    }

    /** Replicas of databases and caches ({@code storage} false), or copies of object storage ({@code storage} true). */
    private static List<Claim> replication(List<Component> components, Map<String, Component> byAddress, boolean storage) {
        List<Claim> out = new ArrayList<>();
        for (Component c : components) {
            if (c.placement().isGlobal() || c.region().equals("unknown")) {
                continue;
            }
            if (!storage && (c.role() == Role.DATABASE || c.role() == Role.CACHE) && c.value(Keys.REPLICA_OF) != null) {
                Component source = byAddress.get(c.value(Keys.REPLICA_OF));
                if (source != null && !source.placement().isGlobal() && !source.region().equals(c.region()) && !source.region().equals("unknown")) {
                    String why = c.id() + " replicates " + source.id() + " (" + at(c, Keys.REPLICA_OF) + ")";
                    out.add(new Claim(c.region(), false, why));
                    out.add(new Claim(source.region(), true, why));
                }
            }
            String copy = c.value(Keys.COPY_TO_REGION);
            if (storage && c.role() == Role.OBJECT_STORAGE && copy != null && !copy.equals(c.region())) {
                String why = c.id() + " replicates objects to " + copy + " (" + at(c, Keys.COPY_TO_REGION) + ")";
                out.add(new Claim(c.region(), true, why));
                out.add(new Claim(copy, false, why));
            }
        }
        return out;
    }

    private static String at(Component c, dev.cloudwright.model.Key<?> key) {
        return c.setting(key).map(s -> s.at() == null ? "designed" : s.at().toString()).orElse("?");
    }
}
