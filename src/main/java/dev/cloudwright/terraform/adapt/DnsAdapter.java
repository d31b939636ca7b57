package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.BillingParts;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Routing;
import dev.cloudwright.model.Usage;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Route 53 hosted zones with their records and health checks. */
@ResourceAdapter.Adapts(anchors = "aws_route53_zone", absorbs = {"aws_route53_record", "aws_route53_health_check", "aws_route53_query_log"},
        services = "aws.route53",
        summary = "Route 53 zone: public or private, records and routing policies, alias targets, health checks")
final class DnsAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> zones, Context ctx) {
        for (Res z : zones) {
            zone(z, ctx);
        }
        // Records in zones managed elsewhere: one component per zone id.
        java.util.Map<String, List<Res>> byZone = new java.util.TreeMap<>();
        for (Res r : ctx.index.managed("aws_route53_record")) {
            if (!ctx.owned(r)) {
                byZone.computeIfAbsent(r.str("zone_id").orElse("zone not known offline"), k -> new ArrayList<>()).add(r);
            }
        }
        for (java.util.Map.Entry<String, List<Res>> e : byZone.entrySet()) {
            List<Res> rs = e.getValue();
            Draft d = ctx.component("route53." + e.getKey(), rs.get(0), Role.DNS, "aws.route53");
            d.global = true;
            d.name = "Route 53 records in " + e.getKey();
            d.set(Keys.ZONE, "managed outside this configuration (" + e.getKey() + ")", rs.get(0).range());
            d.usage(Usage.HOSTED_ZONES, 0); // billed where the zone is managed
            records(d, rs, null, ctx);
        }
        // Health checks no record uses still bill: they join the first zone, or form a component of their own.
        List<Res> loose = ctx.index.managed("aws_route53_health_check").stream().filter(h -> !ctx.owned(h)).toList();
        if (!loose.isEmpty()) {
            Draft d = zones.isEmpty() ? null : ctx.owner(zones.get(0));
            if (d == null) {
                d = ctx.component("route53.health-checks", loose.get(0), Role.DNS, "aws.route53");
                d.global = true;
                d.name = "Route 53 health checks";
                d.set(Keys.ZONE, "none: health checks only", loose.get(0).range());
                d.usage(Usage.HOSTED_ZONES, 0);
            }
            for (Res h : loose) {
                ctx.absorb(h, d);
                d.pays(BillingParts.HEALTH_CHECKS, h.address(), 1);
            }
            d.usage(Usage.HEALTH_CHECKS, d.usageOf(Usage.HEALTH_CHECKS) + loose.size());
        }
    }

    private static void zone(Res z, Context ctx) {
        {
            Draft d = ctx.component(z, Role.DNS, "aws.route53");
            d.global = true;
            boolean isPrivate = !z.blocks("vpc").isEmpty();
            d.set(Keys.ZONE, (isPrivate ? "private " : "public ") + z.str("name").orElse("?"), z.range());
            d.set(Keys.PUBLIC_ENDPOINT, !isPrivate, isPrivate ? z.blocks("vpc").get(0).range() : z.range());
            records(d, z.referrers("aws_route53_record", "zone_id"), z, ctx);
            List<Res> logs = z.referrers("aws_route53_query_log", "zone_id");
            if (logs.isEmpty()) {
                d.defaulted(Keys.QUERY_LOGGING, false, "no aws_route53_query_log: Route 53 does not log DNS queries unless query logging is configured");
            } else {
                d.set(Keys.QUERY_LOGGING, true, logs.get(0).range());
            }
            for (Res q : logs) {
                ctx.absorb(q, d);
            }
        }
    }

    private static void records(Draft d, List<Res> rs, Res zone, Context ctx) {
        {
            List<String> records = new ArrayList<>();
            TreeSet<Routing> routing = new TreeSet<>();
            int healthChecks = 0;
            for (Res r : rs) {
                ctx.absorb(r, d);
                String type = r.str("type").orElse("?");
                List<Res> targets = new ArrayList<>();
                for (EvaluatedBody.Block a : r.blocks("alias")) {
                    targets.addAll(r.refs(a.body(), "name"));
                }
                targets.addAll(r.refs("records"));
                for (Res t : targets) {
                    ctx.link(rs.get(0), t, Connection.Kind.TRAFFIC, "DNS", 53, true);
                }
                Fact<String> failover = r.str("failover_routing_policy.type");
                if (failover.known() && !targets.isEmpty()) {
                    boolean primary = failover.value().equalsIgnoreCase("PRIMARY");
                    ctx.regionClaims.add(new Context.RegionClaim(targets.get(0).address(), primary,
                            "Route 53 failover record " + r.address() + " (" + failover.value().toUpperCase(java.util.Locale.ROOT) + ") at " + r.range().file() + ":" + r.range().start().line()));
                }
                records.add(r.str("name").orElse("?") + " " + type + (targets.isEmpty() ? "" : " → " + targets.get(0).address()));
                for (String p : new String[] {"failover", "weighted", "latency", "geolocation", "geoproximity", "cidr"}) {
                    if (!r.blocks(p + "_routing_policy").isEmpty()) {
                        ProviderNames.ROUTE53_ROUTING_POLICY.get(p + "_routing_policy").ifPresent(routing::add);
                    }
                }
                if (Fact.isTrue(r.bool("multivalue_answer_routing_policy"))) {
                    ProviderNames.ROUTE53_ROUTING_POLICY.get("multivalue_answer_routing_policy").ifPresent(routing::add);
                }
                for (Res hc : r.refs("health_check_id")) {
                    if (!ctx.owned(hc)) {
                        ctx.absorb(hc, d);
                        d.pays(BillingParts.HEALTH_CHECKS, hc.address(), 1);
                        healthChecks++;
                    }
                }
            }
            var at = rs.isEmpty() ? d.at : rs.get(0).range();
            d.set(Keys.RECORDS, String.join("; ", records), at);
            d.set(Keys.ROUTING, routing.isEmpty() ? List.of(Routing.SIMPLE) : List.copyOf(routing), at);
            if (healthChecks > 0) {
                d.usage(Usage.HEALTH_CHECKS, healthChecks);
            }
        }
    }
}
