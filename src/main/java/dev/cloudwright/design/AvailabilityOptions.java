package dev.cloudwright.design;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Placement;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.ServiceCatalog;
import dev.cloudwright.pricing.CostEstimator;
import dev.cloudwright.pricing.PriceKeys;
import dev.cloudwright.resilience.AvailabilityEstimate;
import dev.cloudwright.resilience.SlaCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * When the composite of the SLAs misses the target: the changes that would raise it, alone and together, each with the
 * composite it gives and its monthly cost, cheapest first. Three kinds of change, from the estimate's own terms:
 * <ul>
 * <li>make every single-zone component on the request path zone-redundant (Multi-AZ database, a cache replica, a second
 * instance in another zone), priced as the upgraded components;
 * <li>give the entry a second path: a Route 53 failover record from the CDN (and its edge firewall) to the regional
 * load balancers, so a CDN outage no longer takes the service down (a health check, and a regional firewall where
 * there is none);
 * <li>serve from a second region at once (active/active), at the difference the disaster-recovery evaluation priced.
 * </ul>
 */
final class AvailabilityOptions {
    private final SlaCatalog slas = SlaCatalog.aws();
    private final ServiceCatalog services = ServiceCatalog.aws();
    private final CostEstimator costs;
    private final StackBuilder sb;

    AvailabilityOptions(CostEstimator costs, StackBuilder sb) {
        this.costs = costs;
        this.sb = sb;
    }

    /** {@code activeActiveUsd} is what serving from the second region adds, or null when there is no second region. */
    List<Design.AvailabilityOption> of(Architecture arch, AvailabilityEstimate est, Double activeActiveUsd) {
        List<Design.AvailabilityOption> out = new ArrayList<>();
        if (est.meetsTarget()) {
            return out;
        }
        List<Component> singleZone = new ArrayList<>();
        double zonalUsd = 0;
        double regionUpgraded = 1;
        for (AvailabilityEstimate.Term t : est.terms()) {
            if (!t.tier().equals("regional")) {
                continue;
            }
            Component c = arch.component(t.component()).orElseThrow();
            Component up = zoneRedundant(c);
            String key = up == null ? null : services.get(c.service()).slaKey();
            if (up != null && key != null && slas.find(key).isPresent() && slas.get(key).percent() > t.slaPercent()) {
                singleZone.add(c);
                zonalUsd += costs.model().price(up).monthlyUsd() - costs.model().price(c).monthlyUsd();
                regionUpgraded *= slas.get(key).percent() / 100;
            } else {
                regionUpgraded *= t.slaPercent() / 100;
            }
        }
        double globalAll = est.globalPercent() / 100;
        double globalEntryless = 1;
        List<String> entry = new ArrayList<>();
        for (AvailabilityEstimate.Term t : est.terms()) {
            if (t.tier().equals("global") && !t.service().equals("Route 53")) {
                entry.add(t.service() + " (" + Fmt.availability(t.slaPercent()) + ")");
            } else if (t.tier().equals("global")) {
                globalEntryless *= t.slaPercent() / 100;
            }
        }
        double entryUsd = entryFailoverUsd(arch, est.servingRegions());
        boolean canZone = !singleZone.isEmpty();
        boolean canEntry = !entry.isEmpty();
        boolean canRegion = activeActiveUsd != null && est.servingRegions() < 2;
        for (int mask = 1; mask < 8; mask++) {
            boolean z = (mask & 1) != 0;
            boolean e = (mask & 2) != 0;
            boolean r = (mask & 4) != 0;
            if (z && !canZone || e && !canEntry || r && !canRegion) {
                continue;
            }
            double region = z ? regionUpgraded : est.regionPercent() / 100;
            int serving = r ? 2 : Math.max(1, est.servingRegions());
            double composite = (e ? globalEntryless : globalAll) * (1 - Math.pow(1 - region, serving)) * 100;
            double usd = (z ? zonalUsd * serving : 0) + (e ? entryUsd : 0) + (r ? activeActiveUsd : 0);
            List<String> parts = new ArrayList<>();
            if (z) {
                parts.add("make " + String.join(", ", singleZone.stream().map(Component::id).toList()) + " zone-redundant");
            }
            if (e) {
                parts.add("add a Route 53 failover from " + String.join(" and ", entry) + " to the regional load balancers");
            }
            if (r) {
                parts.add("serve from both regions at once (active/active)");
            }
            out.add(new Design.AvailabilityOption(String.join("; ", parts), composite, usd, composite + 1e-9 >= est.targetPercent()));
        }
        out.sort(Comparator.comparing((Design.AvailabilityOption o) -> !o.meetsTarget()).thenComparingDouble(Design.AvailabilityOption::monthlyUsd)
                .thenComparing(o -> -o.compositePercent()));
        return out;
    }

    /** The component with the redundancy its service's zone-redundant SLA asks for, or null when it has it or cannot. */
    private static Component zoneRedundant(Component c) {
        if (c.role() == Role.DATABASE && c.value(Keys.DEPLOYMENT) == Deployment.SINGLE_AZ) {
            return c.service().equals("aws.aurora")
                    ? c.toBuilder().sizing(c.sizing().withCount(Math.max(2, c.sizing().countOr(1)))).set(Keys.DEPLOYMENT, Deployment.MULTI_AZ).build()
                    : c.toBuilder().set(Keys.DEPLOYMENT, Deployment.MULTI_AZ).build();
        }
        if (c.role() == Role.CACHE && (c.sizing().replicas() == null || c.sizing().replicas() == 0) && c.sizing().shards() != null) {
            int shards = c.sizing().shards();
            return c.toBuilder().sizing(c.sizing().toBuilder().replicas(1).count(shards * 2).build()).build();
        }
        if (c.role() == Role.COMPUTE && c.sizing().countOr(1) < 2 && c.sizing().count() != null) {
            return c.toBuilder().sizing(c.sizing().toBuilder().count(2).min(Math.max(2, c.sizing().min() == null ? 2 : c.sizing().min())).build()).build();
        }
        return null;
    }

    /** A health check per serving region's entry, and a regional firewall where a region has none. */
    private double entryFailoverUsd(Architecture arch, int serving) {
        int checks = Math.max(1, serving);
        double usd = checks * costs.model().catalog().quote(PriceKeys.ROUTE53_HEALTH_CHECK, "global").price().firstTierUsd();
        for (var r : arch.regions()) {
            boolean serves = arch.inRegion(r.region()).stream().anyMatch(c -> c.role() == Role.LOAD_BALANCER);
            boolean firewall = arch.inRegion(r.region()).stream().anyMatch(c -> c.service().equals("aws.waf"));
            if (serves && !firewall && checks-- > 0) {
                usd += costs.model().price(sb.waf(r.region() + ".waf", Placement.regional(r.region(), List.of()), "REGIONAL", 0)).monthlyUsd();
            }
        }
        return usd;
    }

    /** The cheapest option that meets the target, in words for the document; or why none does. */
    static String summary(List<Design.AvailabilityOption> options, double target) {
        if (options.isEmpty()) {
            return null;
        }
        Design.AvailabilityOption best = options.get(0);
        if (best.meetsTarget()) {
            return String.format(Locale.ROOT, "The cheapest change that meets %s: %s (composite %s, %s a month more).", Fmt.availability(target),
                    best.change(), Fmt.availability(best.compositePercent()), Fmt.usd(best.monthlyUsd()));
        }
        Design.AvailabilityOption closest = options.stream().max(Comparator.comparingDouble(Design.AvailabilityOption::compositePercent)).orElseThrow();
        return String.format(Locale.ROOT, "No change to this design's services meets %s on the providers' SLAs; the closest: %s (composite %s, %s a month more).",
                Fmt.availability(target), closest.change(), Fmt.availability(closest.compositePercent()), Fmt.usd(closest.monthlyUsd()));
    }
}
