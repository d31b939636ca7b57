package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Route 53 hosted zones with their records and health checks. */
@ResourceAdapter.Adapts(anchors = "aws_route53_zone", absorbs = {"aws_route53_record", "aws_route53_health_check", "aws_route53_query_log"},
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
            d.property("zone", "managed outside this configuration (" + e.getKey() + ")");
            records(d, rs, null, ctx);
        }
    }

    private static void zone(Res z, Context ctx) {
        {
            Draft d = ctx.component(z, Role.DNS, "aws.route53");
            d.global = true;
            boolean isPrivate = !z.blocks("vpc").isEmpty();
            d.property("zone", (isPrivate ? "private " : "public ") + z.str("name").orElse("?"));
            d.publicEndpoint = Fact.explicit(!isPrivate, z.range());
            records(d, z.referrers("aws_route53_record", "zone_id"), z, ctx);
            d.property("query_logging", z.referrers("aws_route53_query_log", "zone_id").isEmpty() ? "disabled" : "enabled");
            for (Res q : z.referrers("aws_route53_query_log", "zone_id")) {
                ctx.absorb(q, d);
            }
        }
    }

    private static void records(Draft d, List<Res> rs, Res zone, Context ctx) {
        {
            List<String> records = new ArrayList<>();
            TreeSet<String> routing = new TreeSet<>();
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
                records.add(r.str("name").orElse("?") + " " + type + (targets.isEmpty() ? "" : " → " + targets.get(0).address()));
                for (String p : new String[] {"failover", "weighted", "latency", "geolocation", "geoproximity", "cidr"}) {
                    if (!r.blocks(p + "_routing_policy").isEmpty()) {
                        routing.add(p);
                    }
                }
                for (Res hc : r.refs("health_check_id")) {
                    ctx.absorb(hc, d);
                    healthChecks++;
                }
            }
            d.property("records", String.join("; ", records));
            d.property("routing", routing.isEmpty() ? "simple" : String.join(", ", routing));
            d.property("health_checks", healthChecks == 0 ? null : healthChecks);
        }
    }
}
