package dev.cloudwright.design;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.geo.RegionCatalog;
import dev.cloudwright.model.Arch;
import dev.cloudwright.model.CapacityType;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Connection.Kind;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Placement;
import dev.cloudwright.model.Protection;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Routing;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.model.Usage;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.resilience.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the components and connections of the architecture: the global edge, the primary region,
 * and the recovery region shaped by the disaster-recovery strategy. Each region is built in steps
 * (network, front door, application, data, storage, operations, keys) over a {@link Site}.
 */
final class StackBuilder {
    /** Application port behind the load balancer. */
    static final int APP_PORT = Integer.parseInt(ProviderFacts.choice("app.port"));
    /** Bytes per flow-log record; one record per direction of each connection. */
    static final double FLOW_RECORD_BYTES = 150;
    /** Address ranges of the primary and the second region's VPC (distinct, so the two can be peered). */
    static final List<String> VPC_CIDRS = List.of(ProviderFacts.choice("vpc.cidr.primary"), ProviderFacts.choice("vpc.cidr.secondary"));

    private final Plan p;
    private final Requirements req;
    private final RegionCatalog regions = RegionCatalog.aws();
    private final DataStack data;
    private final BucketStack buckets;
    private final OperationsStack operations;
    private final AuditLogging audit;

    StackBuilder(Plan p) {
        this.p = p;
        this.req = p.req();
        this.audit = AuditLogging.of(req);
        this.data = new DataStack(p);
        this.buckets = new BucketStack(p);
        this.operations = new OperationsStack(p);
    }

    /** The components and connections of one candidate architecture. */
    record Stack(List<RegionPlan> regions, List<Component> components, List<Connection> connections) {}

    static Profile profileFor(Strategy s) {
        return switch (s) {
            case BACKUP_RESTORE -> Profile.RECOVERY;
            case PILOT_LIGHT -> Profile.PILOT;
            case WARM_STANDBY -> Profile.WARM;
            case ACTIVE_ACTIVE -> Profile.ACTIVE;
        };
    }

    /** Builds the stack; {@code secondary} null means a single region without recovery copies. */
    Stack build(Strategy strategy, String secondary) {
        List<Component> cs = new ArrayList<>();
        List<Connection> links = new ArrayList<>();
        Profile second = secondary == null ? null : profileFor(strategy);
        String primary = req.primaryRegion();
        double share = second == Profile.ACTIVE ? 0.5 : 1.0;
        double monthly = p.cap().monthlyRequests();

        global(cs, links, primary, second, secondary);
        region(new Site(primary, Profile.PRIMARY, share, secondary, second, zones(primary), monthly * share, cs, links));
        if (secondary != null) {
            double secondShare = second == Profile.ACTIVE ? 0.5 : 0;
            region(new Site(secondary, second, secondShare, primary, Profile.PRIMARY, zones(secondary), monthly * secondShare, cs, links));
        }
        List<RegionPlan> plans = new ArrayList<>();
        plans.add(regionPlan(primary, RegionPlan.Part.PRIMARY));
        if (secondary != null) {
            RegionPlan.Part part = switch (second) {
                case ACTIVE -> RegionPlan.Part.ACTIVE;
                case WARM, PILOT -> RegionPlan.Part.STANDBY;
                default -> RegionPlan.Part.RECOVERY;
            };
            plans.add(regionPlan(secondary, part));
        }
        return new Stack(plans, cs, links);
    }

    private RegionPlan regionPlan(String code, RegionPlan.Part part) {
        RegionCatalog.Region r = regions.get(code);
        return new RegionPlan(code, r.name(), part, r.geography(), part == RegionPlan.Part.RECOVERY ? List.of() : zones(code));
    }

    List<String> zones(String region) {
        int n = Math.min(p.zones(), regions.get(region).zones());
        List<String> z = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            z.add(region + (char) ('a' + i));
        }
        return z;
    }

    // ------------------------------------------------------------------ global edge

    private void global(List<Component> cs, List<Connection> links, String primary, Profile second, String secondary) {
        boolean failover = second == Profile.PILOT || second == Profile.WARM;
        boolean active = second == Profile.ACTIVE;
        Routing routing = active ? Routing.LATENCY : failover ? Routing.FAILOVER : Routing.SIMPLE;
        // Health checks on each serving region's front door when DNS chooses between two: the load balancers, or the APIs'
        // custom domains behind a CDN (a serverless front door without a CDN is used by its own endpoint: no record).
        int healthChecks = (active || failover) && (!p.serverless() || p.cdn()) ? 2 : 0;
        cs.add(Component.builder("global.dns", Role.DNS, "aws.route53", "DNS zone and records")
                .set(Keys.ROUTING, List.of(routing), active ? "both regions serve: each user goes to the nearer healthy one"
                        : failover ? "the second region takes traffic when the primary's health check fails" : "one serving region")
                .set(Keys.RECORDS, p.cdn() ? "alias to the CDN" : "alias to the regional front doors")
                .set(Keys.HEALTH_CHECKS, healthChecks > 0 ? "HTTPS /health on each region's front door, 30 s interval, 3 failures" : null)
                .set(Keys.TTL_SECONDS, 60, "short enough for a DNS change to reach clients well within the recovery time")
                .usage(Usage.HOSTED_ZONES, 1).usage(Usage.HEALTH_CHECKS, healthChecks)
                .build());
        if (p.cdn()) {
            double egress = p.cap().egressGbPerMonth() + req.workload().staticContentGb() * p.a().get("static_transfer_multiplier");
            cs.add(Component.builder("global.cdn", Role.EDGE, "aws.cloudfront", "CDN distribution")
                    .protection(Protection.transitOnly().publicEndpoint())
                    .set(Keys.ORIGINS, "static assets bucket (origin access control); application front door for dynamic paths")
                    .set(Keys.ORIGIN_FAILOVER, failover ? "origin group: " + primary + " then " + secondary : null)
                    .set(Keys.MIN_TLS, "TLSv1.2_2021", "TLS 1.2 or later with modern ciphers, the policy AWS recommends for browsers")
                    .set(Keys.PRICE_GEOGRAPHY, p.cdnGeo())
                    .set(Keys.ACCESS_LOGGING, true, "standard logs of every request, to the primary region's log archive")
                    .usage(Usage.REQUESTS, p.cap().monthlyRequests()).usage(Usage.EGRESS_GB, egress)
                    .build());
            links.add(new Connection("global.dns", "global.cdn", Kind.TRAFFIC, "HTTPS", 443, true));
            if (p.waf()) {
                cs.add(waf("global.waf", Placement.global(), "CLOUDFRONT", p.cap().monthlyRequests()).toBuilder()
                        .set(Keys.KMS_KEY, edgeKey(cs, primary, secondary), "its log group lives in CloudFront's region and is encrypted with a key there")
                        .build());
            }
        }
    }

    /**
     * The key for what the CDN keeps in CloudFront's region (its web ACL's log group): that region's key when the design has
     * a region there, else a key of its own in that region.
     */
    private String edgeKey(List<Component> cs, String primary, String secondary) {
        String edge = ProviderFacts.choice("cloudfront.region");
        if (edge.equals(primary) || edge.equals(secondary)) {
            return edge + ".kms";
        }
        cs.add(Component.builder("global.kms", Role.KEY_MANAGEMENT, "aws.kms", "Customer managed key in " + edge + " (the CDN's web ACL logs)")
                .placement(Placement.global())
                .set(Keys.ROTATION, true).set(Keys.ROTATION_DAYS, OperationsStack.KEY_ROTATION_DAYS, "yearly, the default period of automatic key rotation")
                .usage(Usage.KEYS, 1).build());
        return "global.kms";
    }

    Component waf(String id, Placement where, String scope, double requests) {
        List<String> rules = ProviderFacts.wafRules(p.relational() != null);
        return Component.builder(id, Role.FIREWALL, "aws.waf", "Web application firewall").placement(where)
                .set(Keys.SCOPE, scope).set(Keys.RULES, rules)
                .set(Keys.LOG_RETENTION_DAYS, audit.logGroupDays(), "web ACL logs are audit logs: " + audit.basis())
                .usage(Usage.RULES, rules.size()).usage(Usage.REQUESTS, requests).build();
    }

    // ------------------------------------------------------------------ one region

    private void region(Site s) {
        if (s.profile == Profile.RECOVERY) {
            data.backupVault(s, s.peer);
            buckets.recoveryReplica(s);
            operations.recoveryKeys(s);
            return;
        }
        network(s);
        frontDoor(s);
        application(s);
        if (s.primary() && req.workload().batch() != null) {
            batch(s);
        }
        String db = data.database(s);
        data.cache(s);
        buckets.regional(s);
        operations.regional(s, db, data);
        operations.keys(s);
    }

    private void network(Site s) {
        s.flowGb = s.monthly / p.a().get("requests_per_connection") * 2 * FLOW_RECORD_BYTES / 1e9;
        s.add(Component.builder(s.id("vpc"), Role.NETWORK, "aws.vpc", "VPC").placement(s.here)
                .set(Keys.CIDR, VPC_CIDRS.get(s.primary() ? 0 : 1), "a private range that does not overlap the other region's, so the two can be peered")
                .set(Keys.SUBNETS, "public, private (application) and data subnets in each of " + s.here.zones().size() + " zones")
                .set(Keys.GATEWAY_ENDPOINTS, p.keyValue() != null ? List.of("s3", "dynamodb") : List.of("s3"))
                .set(Keys.FLOW_LOGS, "all traffic to CloudWatch Logs")
                .set(Keys.LOG_RETENTION_DAYS, audit.logGroupDays(), "flow logs are audit logs: " + audit.basis())
                .usage(Usage.FLOW_LOG_GB, s.flowGb).build());
        if (nat(s)) {
            int n = s.profile != Profile.WARM && perZoneNat() ? s.here.zones().size() : 1;
            s.add(Component.builder(s.id("nat"), Role.NETWORK, "aws.nat-gateway", n == 1 ? "NAT gateway" : "NAT gateways (one per zone)")
                    .placement(s.here).sizing(Sizing.units(null, n))
                    .set(Keys.NAT_PLACEMENT, n == 1 ? "single NAT gateway in one public subnet" : "one per zone, each zone routes through its own")
                    .usage(Usage.PROCESSED_GB, p.cap().egressGbPerMonth() * p.a().get("nat_egress_ratio") * s.share).build());
        }
    }

    /**
     * One NAT gateway per zone when the availability target leaves no room for a zone's outage to cut outbound calls
     * (at or above {@code nat_per_zone_availability}); below it the cheaper single gateway, with the per-zone option
     * offered as a trade-off at its price.
     */
    boolean perZoneNat() {
        return req.production() && req.availability() >= p.a().get("nat_per_zone_availability");
    }

    private boolean nat(Site s) {
        return p.vpcCompute() && s.profile != Profile.PILOT;
    }

    private void frontDoor(Site s) {
        s.front = s.id(p.serverless() ? "api" : "alb");
        double egress = p.cdn() ? 0 : p.cap().egressGbPerMonth() * s.share;
        if (p.serverless()) {
            s.add(Component.builder(s.front, Role.LOAD_BALANCER, "aws.apigateway-http", "HTTP API").placement(s.here)
                    .protection(Protection.transitOnly().publicEndpoint())
                    .set(Keys.ENDPOINT, "regional, TLS 1.2 (a custom domain is to be added: see the Terraform README)")
                    .usage(Usage.REQUESTS, s.monthly).usage(Usage.EGRESS_GB, egress).build());
        } else {
            s.add(Component.builder(s.front, Role.LOAD_BALANCER, "aws.alb", "Application Load Balancer").placement(s.here)
                    .protection(Protection.transitOnly().publicEndpoint())
                    .set(Keys.LISTENERS, "HTTPS 443 (TLS 1.2+ policy, ACM certificate); HTTP 80 redirects to HTTPS")
                    .set(Keys.SUBNETS, "public")
                    .set(Keys.ACCESS, p.cdn() ? "CloudFront only: CloudFront's origin-facing addresses, and requests carrying the CDN's secret origin header"
                            : null, "the CDN's web ACL must not be bypassed by calling the load balancer directly")
                    .set(Keys.ACCESS_LOGS, true, "every request, to the region's log archive")
                    .usage(Usage.NEW_CONNECTIONS, s.monthly / p.a().get("requests_per_connection"))
                    .usage(Usage.PROCESSED_GB, p.cap().egressGbPerMonth() * s.share)
                    .usage(Usage.EGRESS_GB, egress).build());
        }
        if (p.cdn()) {
            s.link("global.cdn", s.front, Kind.TRAFFIC, "HTTPS", 443, s.profile.serves());
        } else {
            s.link("global.dns", s.front, Kind.TRAFFIC, "HTTPS", 443, s.profile.serves());
            // A web ACL attaches to a load balancer; AWS WAF cannot be associated with an API Gateway HTTP API, so a serverless
            // front door gets none (the security plan makes putting one in front of it the user's task).
            if (p.waf() && !p.serverless()) {
                s.add(waf(s.id("waf"), s.here, "REGIONAL", s.monthly));
            }
        }
    }

    private void application(Site s) {
        s.app = s.id("app");
        s.add(new ApplicationComponent(p).build(s));
        s.link(s.front, s.app, Kind.TRAFFIC, p.serverless() ? "invoke" : "HTTP", p.serverless() ? 0 : APP_PORT, true);
        if (nat(s)) {
            s.link(s.app, s.id("nat"), Kind.TRAFFIC, "HTTPS", 443, false);
        }
    }

    private void batch(Site s) {
        Requirements.Batch batch = req.workload().batch();
        double vcpuHours = batch.nightlyVcpuHours() * 730 / 24;
        double taskVcpu = p.a().get("batch_task_vcpu");
        double mem = ComputeSizer.fargateMemory(taskVcpu, taskVcpu * p.a().get("memory_per_vcpu_gb"));
        s.add(Component.builder(s.id("batch"), Role.COMPUTE, "aws.fargate-batch", "Nightly batch tasks").placement(s.here)
                .sizing(Sizing.builder().sku(Fmt.num(taskVcpu) + "vCPU-" + Fmt.num(mem) + "GB").vcpu(taskVcpu).memoryGb(mem)
                        .min(0).max((int) Math.ceil(batch.nightlyVcpuHours() / taskVcpu / 6))
                        .scaling("scheduled nightly; tasks pull jobs from the queue").build())
                .set(Keys.ARCH, Arch.X86, "x86 until the job's image is built for arm64 (Graviton is priced under the optimisations)")
                .set(Keys.CAPACITY, CapacityType.ON_DEMAND, "on-demand; Spot is priced under the optimisations, for jobs that tolerate interruption")
                .set(Keys.WINDOW, "nightly, about 6 hours")
                .usage(Usage.VCPU_HOURS, vcpuHours).usage(Usage.GB_HOURS, vcpuHours * mem / taskVcpu).build());
        s.add(Component.builder(s.id("queue"), Role.QUEUE, "aws.sqs", "Batch job queue").placement(s.here)
                .protection(Protection.atRest(s.key).inTransit())
                .set(Keys.DEAD_LETTER_QUEUE, "after 5 receives")
                .usage(Usage.REQUESTS, vcpuHours * 3).build());
        s.link(s.app, s.id("queue"), Kind.TRAFFIC, "HTTPS", 443, false);
        s.link(s.id("batch"), s.id("queue"), Kind.TRAFFIC, "HTTPS", 443, false);
    }

    // ------------------------------------------------------------------ used by the designer's narrative

    int retention() {
        return data.retention();
    }

    String backupSchedule() {
        return operations.backupSchedule();
    }
}
