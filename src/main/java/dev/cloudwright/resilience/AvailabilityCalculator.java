package dev.cloudwright.resilience;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.ServiceCatalog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Composite availability from published SLAs: follows the critical (hard-dependency) traffic
 * connections from DNS, multiplies the SLAs met on the way, and treats serving regions as parallel.
 * SLAs are financial commitments, not predictions: the figure is a contractual floor.
 */
public final class AvailabilityCalculator {
    public static final double MINUTES_PER_MONTH = 30 * 24 * 60;

    private final SlaCatalog slas = SlaCatalog.aws();
    private final ServiceCatalog services = ServiceCatalog.aws();

    public AvailabilityEstimate estimate(Architecture arch, double target) {
        String primary = arch.regions().get(0).region();
        int serving = (int) arch.regions().stream()
                .filter(r -> r.part() == RegionPlan.Part.PRIMARY || r.part() == RegionPlan.Part.ACTIVE).count();
        Set<String> path = criticalPath(arch);
        List<AvailabilityEstimate.Term> terms = new ArrayList<>();
        double global = 1;
        double region = 1;
        for (Component c : arch.components()) {
            if (!path.contains(c.id()) && !(c.service().equals("aws.waf") && attachedToPath(c, path))) {
                continue;
            }
            boolean isGlobal = c.placement().isGlobal();
            if (!isGlobal && !c.region().equals(primary)) {
                continue;
            }
            Optional<String> key = slaKey(c);
            if (key.isEmpty() || slas.find(key.get()).isEmpty()) {
                continue;
            }
            SlaCatalog.Sla sla = slas.get(key.get());
            terms.add(new AvailabilityEstimate.Term(c.id(), services.get(c.service()).shortName(), isGlobal ? "global" : "regional",
                    sla.percent(), sla.key(), sla.source()));
            if (isGlobal) {
                global *= sla.percent() / 100;
            } else {
                region *= sla.percent() / 100;
            }
        }
        double composite = global * (1 - Math.pow(1 - region, Math.max(1, serving)));
        String limiting = terms.stream().min((a, b) -> Double.compare(a.slaPercent(), b.slaPercent()))
                .map(t -> t.service() + " (" + t.slaPercent() + "%)").orElse("none");
        double pct = composite * 100;
        return new AvailabilityEstimate(target, global * 100, region * 100, serving, pct, List.copyOf(terms), limiting,
                pct + 1e-9 >= target, (1 - composite) * MINUTES_PER_MONTH, (1 - target / 100) * MINUTES_PER_MONTH);
    }

    /** The components reachable from DNS over critical traffic connections. */
    static Set<String> criticalPath(Architecture arch) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        arch.components(c -> c.service().equals("aws.route53")).forEach(c -> todo.add(c.id()));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (!seen.add(id)) {
                continue;
            }
            for (Connection k : arch.connections()) {
                if (k.from().equals(id) && k.critical() && k.kind() == Connection.Kind.TRAFFIC) {
                    todo.add(k.to());
                }
            }
        }
        return seen;
    }

    /** A firewall inspects the traffic of the front door or CDN in its own scope. */
    private static boolean attachedToPath(Component waf, Set<String> path) {
        String scopeRegion = waf.region();
        return path.stream().anyMatch(id -> id.startsWith(scopeRegion + ".") || id.startsWith("global.") && waf.placement().isGlobal());
    }

    /** The SLA that applies to a component, given its configuration: the catalog's key for its redundancy. */
    Optional<String> slaKey(Component c) {
        ServiceCatalog.Service s = services.get(c.service());
        if (!c.valueOr(Keys.GLOBAL_TABLE_REGIONS, List.of()).isEmpty()) {
            return Optional.ofNullable(s.slaGlobal());
        }
        return Optional.ofNullable(zoneRedundant(c) ? s.slaKey() : s.slaSingleZone());
    }

    /**
     * Survives the loss of a zone: a database with a standby (Multi-AZ) or more than one instance, a cache with
     * replicas, compute with two or more running instances across zones, anything else spread over more than one zone
     * (regional services have no zones and count as redundant).
     */
    public static boolean zoneRedundant(Component c) {
        // A service with one SLA whatever its deployment (DynamoDB, S3...) spreads over zones by itself.
        ServiceCatalog.Service service = ServiceCatalog.aws().all().get(c.service());
        if (service != null && service.slaKey() != null && service.slaKey().equals(service.slaSingleZone()) && c.role() != dev.cloudwright.model.Role.COMPUTE) {
            return true;
        }
        return switch (c.role()) {
            case DATABASE -> c.value(Keys.DEPLOYMENT) == Deployment.MULTI_AZ || c.sizing().countOr(1) > 1;
            case CACHE -> c.sizing().replicas() != null && c.sizing().replicas() > 0;
            // The compute Region-Level SLA asks for all running instances or tasks across two or more zones: one running
            // instance has the Instance-Level SLA, whatever subnets it may start in.
            case COMPUTE -> c.placement().zones().isEmpty() || c.placement().multiZone() && (c.sizing().count() == null || c.sizing().count() >= 2);
            default -> c.placement().multiZone() || c.placement().zones().isEmpty();
        };
    }
}
