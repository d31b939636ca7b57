package dev.cloudwright.terraform.write;

import static dev.cloudwright.terraform.write.Hcl.attr;
import static dev.cloudwright.terraform.write.Hcl.block;
import static dev.cloudwright.terraform.write.Hcl.entry;
import static dev.cloudwright.terraform.write.Hcl.raw;
import static dev.cloudwright.terraform.write.Hcl.str;
import static dev.cloudwright.terraform.write.RootModule.absent;
import static dev.cloudwright.terraform.write.RootModule.list;
import static dev.cloudwright.terraform.write.RootModule.ref;
import static dev.cloudwright.terraform.write.RootModule.when;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Routing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The network of each region, its load balancer and web ACL, and the global edge: certificate, CDN, its web ACL and DNS. */
final class NetworkEdge {
    /** The name the CDN reaches the regional front doors by (load balancers or APIs), failed over between regions by DNS. */
    static final String ORIGIN_NAME = "\"origin.${var.domain_name}\"";

    private final RootModule m;

    NetworkEdge(RootModule m) {
        this.m = m;
    }

    /** The VPC, its NAT gateways (one per zone, or one) and gateway endpoints. */
    void network(String r, Component vpc) {
        int zones = vpc.placement().zones().size();
        String mode = natMode(r, zones);
        String p = m.part(r);
        m.call("network", "network_" + p, r, vpc, List.of(
                attr("cidr", vpc.valueOr(Keys.CIDR, AwsFacts.value("vpc.cidr." + p))),
                attr("azs", Hcl.strings(vpc.placement().zones())),
                // A standby region gets the primary's NAT gateways when it takes over (var.failover).
                attr("nat_gateways", m.onFailover(r, mode, natMode(m.primary, zones))),
                attr("gateway_endpoints", Hcl.strings(list(vpc, Keys.GATEWAY_ENDPOINTS))),
                RootModule.logRetention("flow_log_retention_days", vpc),
                ref("kms_key_arn", m.kms(vpc))));
        m.output("vpc_id_" + p, "VPC in " + r + ".", m.network(r, "vpc_id"));
        if (!mode.equals("none")) {
            m.notes.add("NAT gateways in " + r + ": " + mode.replace('_', ' ') + ".");
        }
    }

    private String natMode(String r, int zones) {
        Optional<Component> nat = m.find(r, "aws.nat-gateway");
        return nat.isEmpty() ? "none" : nat.get().sizing().countOr(1) >= zones && zones > 1 ? "per_az" : "single";
    }

    /** The region's load balancer with its certificate and, when the design has one here, its web ACL. */
    void loadBalancer(String r, Component a, int appPort, Optional<Component> compute) {
        String p = m.part(r);
        m.call("edge", "certificate_" + p, "certificate", r, null, List.of(
                attr("component_id", a.id()),
                attr("domain_name", raw("var.domain_name")),
                attr("subject_alternative_names", new Hcl.ListX(List.of(raw(ORIGIN_NAME)), false)),
                attr("zone_id", raw("var.hosted_zone_id"))));
        Optional<Component> waf = m.find(r, "aws.waf");
        waf.ifPresent(w -> m.call("edge", m.moduleName(w), r, w, List.of(
                attr("scope", w.valueOr(Keys.SCOPE, "REGIONAL")),
                attr("managed_rule_groups", Hcl.strings(AwsFacts.managedRuleGroups(list(w, Keys.RULES)))),
                RootModule.logRetention("log_retention_days", w),
                ref("kms_key_arn", m.kms(w)))));
        boolean behindCdn = m.find(null, "aws.cloudfront").isPresent();
        if (behindCdn) {
            originVerifySecret();
        }
        m.call("edge", m.moduleName(a), r, a, List.of(
                ref("vpc_id", m.network(r, "vpc_id")),
                ref("public_subnet_ids", m.network(r, "public_subnet_ids")),
                ref("certificate_arn", "module.certificate_" + p + ".certificate_arn"),
                attr("app_port", appPort),
                attr("target_type", compute.map(c -> c.service().equals("aws.ec2-asg") ? "instance" : "ip").orElse("ip")),
                when(behindCdn, attr("cloudfront_only", true)),
                behindCdn ? attr("origin_verify_header", originVerifyHeader()) : absent("origin_verify_header"),
                ref("web_acl_arn", waf.map(w -> "module." + m.moduleName(w) + ".web_acl_arn").orElse(null)),
                when(waf.isPresent(), attr("attach_web_acl", true)),
                ref("access_logs_bucket", a.isTrue(Keys.ACCESS_LOGS) ? logBucket(r, "log_delivery_bucket_id") : null),
                when(a.isTrue(Keys.ACCESS_LOGS), attr("access_logs_enabled", true))));
        m.output("alb_dns_name_" + p, "Load balancer in " + r + ".", "module." + m.moduleName(a) + ".dns_name");
    }

    /** The global edge: the CDN (certificate and web ACL in CloudFront's region), its origin record, and the service's DNS record. */
    void global() {
        Optional<Component> cdn = m.find(null, "aws.cloudfront");
        Optional<Component> cdnWaf = m.arch.components().stream().filter(c -> c.service().equals("aws.waf") && c.placement().isGlobal()).findFirst();
        String edgeProvider = "aws." + edgeAlias();
        cdn.ifPresent(c -> {
            m.call("edge", "certificate_cdn", "certificate", null, null, List.of(
                    attr("component_id", c.id()),
                    attr("domain_name", raw("var.domain_name")),
                    attr("zone_id", raw("var.hosted_zone_id"))));
            providersFor("certificate_cdn", edgeProvider);
            cdnWaf.ifPresent(w -> {
                // A key of the design's own in CloudFront's region when no region of the design is there.
                Component key = m.referenced(w, Keys.KMS_KEY);
                if (key != null && key.placement().isGlobal()) {
                    m.call("edge", m.moduleName(key), null, key, List.of(attr("description", "CDN web ACL logs of " + m.project.name())));
                    providersFor(m.moduleName(key), edgeProvider);
                }
                m.call("edge", "waf_cdn", null, w, List.of(
                        attr("scope", w.valueOr(Keys.SCOPE, "CLOUDFRONT")),
                        attr("managed_rule_groups", Hcl.strings(AwsFacts.managedRuleGroups(list(w, Keys.RULES)))),
                        RootModule.logRetention("log_retention_days", w),
                        key == null ? absent("kms_key_arn") : ref("kms_key_arn", m.kms(w))));
                providersFor("waf_cdn", edgeProvider);
            });
            Optional<Component> assets = m.all(m.primary, Role.OBJECT_STORAGE).stream().filter(b -> b.isTrue(Keys.CDN_ORIGIN)).findFirst();
            m.call("edge", "cdn", null, c, List.of(
                    attr("aliases", new Hcl.ListX(List.of(raw("var.domain_name")), false)),
                    ref("certificate_arn", "module.certificate_cdn.certificate_arn"),
                    ref("web_acl_arn", cdnWaf.isPresent() ? "module.waf_cdn.web_acl_arn" : null),
                    ref("s3_bucket_regional_domain_name", assets.map(b -> "module." + m.moduleName(b) + ".bucket_regional_domain_name").orElse(null)),
                    ref("primary_origin_domain", ORIGIN_NAME),
                    m.randomSecret ? attr("origin_verify_header", originVerifyHeader()) : absent("origin_verify_header"),
                    ref("logs_bucket_domain_name", c.isTrue(Keys.ACCESS_LOGGING) ? logBucket(m.primary, "log_delivery_bucket_domain_name") : null),
                    when(c.isTrue(Keys.ACCESS_LOGGING), attr("access_logs_enabled", true))));
            // CloudFront reaches the load balancers through one name their certificates cover, which Route 53 fails over
            // between the regions by health check: every method works at the edge (an origin group would allow only reads).
            List<Hcl.Expr> origins = albEndpoints();
            origins.addAll(apiOrigins());
            if (!origins.isEmpty()) {
                m.call("edge", "origin_dns", "dns", null, c, List.of(
                        attr("zone_id", raw("var.hosted_zone_id")),
                        attr("record_name", raw(ORIGIN_NAME)),
                        attr("routing", origins.size() > 1 ? "failover" : "simple"),
                        attr("endpoints", new Hcl.ListX(origins, true)),
                        gate(origins.size() > 1)));
            }
            m.output("cdn_domain_name", "CloudFront domain name.", "module.cdn.domain_name");
        });
        m.find(null, "aws.route53").ifPresent(d -> {
            List<Hcl.Expr> endpoints = albEndpoints();
            if (cdn.isEmpty() && endpoints.isEmpty()) {
                m.notes.add("DNS: the design's front door has no load balancer or CDN to point a record at (an API Gateway endpoint is used"
                        + " directly); add a custom domain for the API and its alias record.");
                return;
            }
            boolean latency = d.valueOr(Keys.ROUTING, List.of()).contains(Routing.LATENCY);
            String routing = cdn.isPresent() ? "alias" : endpoints.size() == 1 ? "simple" : latency ? "latency" : "failover";
            m.call("edge", "dns", null, d, List.of(
                    attr("zone_id", raw("var.hosted_zone_id")),
                    attr("record_name", raw("var.domain_name")),
                    attr("routing", routing),
                    ref("cdn_domain_name", cdn.isPresent() ? "module.cdn.domain_name" : null),
                    ref("cdn_hosted_zone_id", cdn.isPresent() ? "module.cdn.hosted_zone_id" : null),
                    endpoints.isEmpty() ? absent("endpoints") : attr("endpoints", new Hcl.ListX(endpoints, true)),
                    gate(routing.equals("failover"))));
        });
    }

    /** Failover routing to a standby opens only with var.failover: DNS does not move before the database is promoted. */
    private Hcl.Attr gate(boolean failoverRouting) {
        return failoverRouting && m.standby() ? ref("standby_open", "var.failover") : absent("standby_open");
    }

    /**
     * The secret the CDN sends to the load balancers in a header they require (their security groups admit every
     * CloudFront distribution): generated once by Terraform, kept in the state like any generated secret, never output.
     */
    private void originVerifySecret() {
        if (!m.randomSecret) {
            m.randomSecret = true;
            m.add("edge", Hcl.comment("The value of the header CloudFront adds to origin requests; the load balancers refuse requests without it."));
            m.layers.get("edge").add(block("resource", List.of("random_password", "origin_verify"), List.of(
                    attr("length", ORIGIN_SECRET_LENGTH),
                    attr("special", false))));
            m.notes.add("Origin protection: the load balancers admit CloudFront's origin-facing addresses only and forward requests carrying the "
                    + AwsFacts.value("cdn.origin_verify_header") + " header, whose value Terraform generates (random_password.origin_verify, never"
                    + " output). Rotate it with `terraform apply -replace=random_password.origin_verify` (requests fail with 403 for the minutes"
                    + " CloudFront takes to deploy the new value).");
        }
    }

    private static final int ORIGIN_SECRET_LENGTH = 48;

    private static Hcl.Expr originVerifyHeader() {
        return new Hcl.ObjX(List.of(entry("name", str(AwsFacts.value("cdn.origin_verify_header"))),
                entry("value", raw("random_password.origin_verify.result"))), false);
    }

    /** An output of the region's log archive bucket module; the design keeps one in every region with a load balancer. */
    private String logBucket(String r, String output) {
        Component logs = m.all(r, Role.OBJECT_STORAGE).stream().filter(b -> b.id().endsWith(".logs")).findFirst()
                .orElseThrow(() -> new IllegalStateException("access logs in " + r + " but no log archive bucket there"));
        return "module." + m.moduleName(logs) + "." + output;
    }

    /** The provider alias of CloudFront's region ("us_east_1"). */
    static String edgeAlias() {
        return AwsFacts.value("cloudfront.region").replace('-', '_');
    }

    /** The regions' load balancers as DNS endpoints, primary first; health checks go to each load balancer itself. */
    private List<Hcl.Expr> albEndpoints() {
        List<Hcl.Expr> endpoints = new ArrayList<>();
        for (RegionPlan rp : m.arch.regions()) {
            String r = rp.region();
            Optional<Component> alb = m.find(r, "aws.alb");
            if (alb.isPresent()) {
                String mod = "module." + m.moduleName(alb.get());
                endpoints.add(new Hcl.ObjX(List.of(entry("region", str(r)), entry("dns_name", raw(mod + ".dns_name")), entry("zone_id", raw(mod + ".zone_id")),
                        entry("health_check_fqdn", raw(mod + ".dns_name"))), true));
            }
        }
        return endpoints;
    }

    /** The HTTP APIs behind the CDN, by their origin name's alias target; health checks request each region's own name. */
    private List<Hcl.Expr> apiOrigins() {
        List<Hcl.Expr> endpoints = new ArrayList<>();
        for (RegionPlan rp : m.arch.regions()) {
            String r = rp.region();
            Optional<Component> api = m.all(r, Role.COMPUTE).stream().filter(c -> c.service().equals("aws.lambda")).findFirst();
            if (api.isPresent()) {
                String mod = "module." + m.moduleName(api.get());
                endpoints.add(new Hcl.ObjX(List.of(entry("region", str(r)), entry("dns_name", raw(mod + ".origin_target_domain_name")),
                        entry("zone_id", raw(mod + ".origin_hosted_zone_id")),
                        entry("health_check_fqdn", raw("\"origin-" + r + ".${var.domain_name}\""))), true));
            }
        }
        return endpoints;
    }

    /** Replaces the providers of an already written module call (global modules placed in CloudFront's region). */
    private void providersFor(String module, String provider) {
        List<Hcl.Node> edge = m.layers.get("edge");
        for (int i = 0; i < edge.size(); i++) {
            if (edge.get(i) instanceof Hcl.Block b && b.labels().equals(List.of(module))) {
                List<Hcl.Node> body = new ArrayList<>(b.body());
                body.add(1, attr("providers", new Hcl.ObjX(List.of(entry("aws", raw(provider))), false)));
                edge.set(i, block("module", b.labels(), body));
            }
        }
    }
}
