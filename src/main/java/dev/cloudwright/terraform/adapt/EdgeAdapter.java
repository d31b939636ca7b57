package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.terraform.module.EvaluatedBody;
import java.util.ArrayList;
import java.util.List;

/** CloudFront distributions: origins (and the connections to them), viewer TLS, WAF, logging. */
@ResourceAdapter.Adapts(anchors = "aws_cloudfront_distribution",
        absorbs = {"aws_cloudfront_origin_access_control", "aws_cloudfront_origin_access_identity", "aws_cloudfront_cache_policy",
            "aws_cloudfront_origin_request_policy", "aws_cloudfront_response_headers_policy", "aws_cloudfront_function"},
        services = "aws.cloudfront",
        summary = "CloudFront: origins, viewer protocol policy, minimum TLS, WAF, price class, logging")
final class EdgeAdapter implements ResourceAdapter {

    @Override
    public void adapt(List<Res> distributions, Context ctx) {
        for (Res cf : distributions) {
            Draft d = ctx.component(cf, Role.EDGE, "aws.cloudfront");
            d.global = true;
            d.set(Keys.PUBLIC_ENDPOINT, true, cf.range());
            List<String> origins = new ArrayList<>();
            for (EvaluatedBody.Block o : cf.blocks("origin")) {
                List<Res> targets = new ArrayList<>(cf.refs(o.body(), "domain_name"));
                if (targets.isEmpty()) {
                    targets.addAll(byDnsName(LoadBalancerAdapter.str(o.body(), "domain_name"), ctx));
                }
                String oid = LoadBalancerAdapter.str(o.body(), "origin_id");
                origins.add((oid == null ? "origin" : oid) + (targets.isEmpty() ? "" : " → " + targets.get(0).address()));
                for (Res t : targets) {
                    ctx.link(cf, t, Connection.Kind.TRAFFIC, "HTTPS", 443, true);
                }
                for (Res oac : cf.refs(o.body(), "origin_access_control_id")) {
                    ctx.absorb(oac, d);
                }
            }
            d.set(Keys.ORIGINS, String.join("; ", origins), cf.blocks("origin").isEmpty() ? cf.range() : cf.blocks("origin").get(0).range());
            if (!cf.blocks("origin_group").isEmpty()) {
                d.set(Keys.ORIGIN_FAILOVER, "origin group with failover", cf.blocks("origin_group").get(0).range());
            }
            List<String> policies = new ArrayList<>();
            String unknownPolicy = null;
            boolean allTls = true;
            List<EvaluatedBody.Block> behaviours = new ArrayList<>(cf.blocks("default_cache_behavior"));
            behaviours.addAll(cf.blocks("ordered_cache_behavior"));
            for (EvaluatedBody.Block b : behaviours) {
                EvaluatedBody.Attr vpp = b.body().attribute("viewer_protocol_policy");
                if (vpp != null && !vpp.value().isWhollyKnown()) {
                    unknownPolicy = vpp.value().firstUnknown().reason();
                }
                String v = LoadBalancerAdapter.str(b.body(), "viewer_protocol_policy");
                if (v != null) {
                    policies.add(v);
                    allTls &= !v.equals("allow-all");
                }
            }
            d.set(Keys.VIEWER_PROTOCOL_POLICY, List.copyOf(new java.util.TreeSet<>(policies)), behaviours.isEmpty() ? cf.range() : behaviours.get(0).range());
            if (unknownPolicy != null) {
                d.unknown(Keys.ENCRYPTED_IN_TRANSIT, unknownPolicy, cf.range());
            } else {
                d.set(Keys.ENCRYPTED_IN_TRANSIT, allTls, behaviours.isEmpty() ? cf.range() : behaviours.get(0).range());
            }
            d.set(Keys.MIN_TLS, cf.str("viewer_certificate.minimum_protocol_version"));
            List<Res> acl = cf.refs("web_acl_id");
            if (!acl.isEmpty()) {
                d.set(Keys.WEB_ACL, acl.get(0).address(), cf.attr("web_acl_id").range());
            } else {
                d.set(Keys.WEB_ACL, cf.str("web_acl_id"));
            }
            d.set(Keys.PRICE_CLASS, cf.str("price_class"));
            if (cf.blocks("logging_config").isEmpty()) {
                d.defaulted(Keys.LOGGING, false, "no logging_config: CloudFront writes no standard access logs");
            } else {
                d.set(Keys.LOGGING, true, cf.blocks("logging_config").get(0).range());
            }
            d.set(Keys.GEO_RESTRICTION, cf.str("restrictions.geo_restriction.restriction_type"));
            d.set(Keys.IPV6, cf.bool("is_ipv6_enabled"));
        }
    }

    /** The alias targets of Route 53 records named {@code host}: an origin given by hostname. */
    static List<Res> byDnsName(String host, Context ctx) {
        List<Res> out = new ArrayList<>();
        if (host == null) {
            return out;
        }
        String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        for (Res r : ctx.index.managed("aws_route53_record")) {
            String name = r.str("name").orElse("");
            if (name.endsWith(".")) {
                name = name.substring(0, name.length() - 1);
            }
            if (name.equalsIgnoreCase(h)) {
                for (EvaluatedBody.Block a : r.blocks("alias")) {
                    out.addAll(r.refs(a.body(), "name"));
                }
            }
        }
        return out;
    }
}
