package dev.cloudwright.design;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Connection.Kind;
import dev.cloudwright.model.Placement;
import dev.cloudwright.model.Protection;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.model.Usage;
import dev.cloudwright.requirements.RegionCatalog;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.Requirements.Compliance;
import dev.cloudwright.resilience.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the components and connections of the architecture: the global edge, the primary region,
 * and the recovery region shaped by the disaster-recovery strategy.
 */
final class StackBuilder {
    /** Application port behind the load balancer. */
    static final int APP_PORT = 8080;
    /** Heuristic: rules evaluated per recorded configuration change. */
    static final double EVALUATIONS_PER_ITEM = 10;
    /** Heuristic: compliance controls checked daily per component. */
    static final double CHECKS_PER_COMPONENT_DAY = 10;
    /** Bytes per flow-log record; one record per direction of each connection. */
    static final double FLOW_RECORD_BYTES = 150;
    /** Managed rule groups and rules in the web ACL. */
    static final int WAF_RULES = 5;

    private final Plan p;
    private final Requirements req;
    private final RegionCatalog regions = RegionCatalog.aws();

    StackBuilder(Plan p) {
        this.p = p;
        this.req = p.req();
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

        global(cs, links, strategy, primary, second, secondary);
        region(cs, links, primary, Profile.PRIMARY, share, secondary, second);
        if (secondary != null) {
            region(cs, links, secondary, second, second == Profile.ACTIVE ? 0.5 : 0, primary, Profile.PRIMARY);
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

    private void global(List<Component> cs, List<Connection> links, Strategy strategy, String primary, Profile second, String secondary) {
        boolean failover = second == Profile.PILOT || second == Profile.WARM;
        boolean active = second == Profile.ACTIVE;
        String routing = active ? "latency" : failover ? "failover" : "simple";
        int healthChecks = active || failover ? 2 : 0;
        cs.add(Component.builder("global.dns", Role.DNS, "aws.route53", "DNS zone and records")
                .property("routing", routing)
                .property("records", p.cdn() ? "alias to the CDN" : "alias to the regional front doors")
                .property("health_checks", healthChecks > 0 ? "HTTPS /health on each region's front door, 30 s interval, 3 failures" : null)
                .property("ttl_seconds", 60)
                .usage(Usage.HOSTED_ZONES, 1).usage(Usage.HEALTH_CHECKS, healthChecks)
                .build());
        if (p.cdn()) {
            double egress = p.cap().egressGbPerMonth() + req.workload().staticContentGb() * p.a().get("static_transfer_multiplier");
            cs.add(Component.builder("global.cdn", Role.EDGE, "aws.cloudfront", "CDN distribution")
                    .protection(Protection.inTransit(true))
                    .property("origins", "static assets bucket (origin access control); application front door for dynamic paths")
                    .property("origin_failover", failover ? "origin group: " + primary + " then " + secondary : null)
                    .property("tls", "TLSv1.2_2021 minimum")
                    .property("geo", p.cdnGeo())
                    .usage(Usage.REQUESTS, p.cap().monthlyRequests()).usage(Usage.EGRESS_GB, egress)
                    .build());
            links.add(new Connection("global.dns", "global.cdn", Kind.TRAFFIC, "HTTPS", 443, true));
            if (p.waf()) {
                cs.add(waf("global.waf", Placement.global(), "CLOUDFRONT", p.cap().monthlyRequests()));
            }
        }
    }

    private Component waf(String id, Placement where, String scope, double requests) {
        List<String> rules = new ArrayList<>(List.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
                "AWSManagedRulesAmazonIpReputationList", "rate limit per client IP"));
        if (p.relational() != null) {
            rules.add(2, "AWSManagedRulesSQLiRuleSet");
        }
        return Component.builder(id, Role.FIREWALL, "aws.waf", "Web application firewall").placement(where)
                .property("scope", scope).property("rules", String.join(", ", rules))
                .usage(Usage.RULES, rules.size()).usage(Usage.REQUESTS, requests).build();
    }

    // ------------------------------------------------------------------ one region

    private void region(List<Component> cs, List<Connection> links, String r, Profile prof, double share, String peer, Profile peerProfile) {
        Placement here = Placement.regional(r, zones(r));
        Placement oneZone = Placement.regional(r, List.of());
        Requirements.Workload w = req.workload();
        boolean serving = prof.serves();
        String key = r + ".kms";
        int keys = 0;
        double monthly = p.cap().monthlyRequests() * share;

        if (prof == Profile.RECOVERY) {
            recovery(cs, links, r, peer, oneZone);
            return;
        }

        // network
        double flowGb = monthly / p.a().get("requests_per_connection") * 2 * FLOW_RECORD_BYTES / 1e9;
        cs.add(Component.builder(r + ".vpc", Role.NETWORK, "aws.vpc", "VPC").placement(here)
                .property("cidr", prof == Profile.PRIMARY ? "10.0.0.0/16" : "10.1.0.0/16")
                .property("subnets", "public, private (application) and data subnets in each of " + here.zones().size() + " zones")
                .property("gateway_endpoints", p.keyValue() != null ? "S3, DynamoDB" : "S3")
                .property("flow_logs", "all traffic to CloudWatch Logs")
                .usage(Usage.FLOW_LOG_GB, flowGb).build());
        boolean nat = p.vpcCompute() && prof != Profile.PILOT;
        if (nat) {
            int n = prof == Profile.WARM ? 1 : req.production() ? here.zones().size() : 1;
            cs.add(Component.builder(r + ".nat", Role.NETWORK, "aws.nat-gateway", n == 1 ? "NAT gateway" : "NAT gateways (one per zone)")
                    .placement(here).sizing(Sizing.units(null, n))
                    .property("placement", n == 1 ? "single NAT gateway in one public subnet" : "one per zone, each zone routes through its own")
                    .usage(Usage.PROCESSED_GB, p.cap().egressGbPerMonth() * p.a().get("nat_egress_ratio") * share).build());
        }

        // front door
        String front = p.serverless() ? r + ".api" : r + ".alb";
        double egress = p.cdn() ? 0 : p.cap().egressGbPerMonth() * share;
        if (p.serverless()) {
            cs.add(Component.builder(front, Role.LOAD_BALANCER, "aws.apigateway-http", "HTTP API").placement(here)
                    .protection(Protection.inTransit(true))
                    .property("endpoint", "regional, custom domain with TLS 1.2")
                    .usage(Usage.REQUESTS, monthly).usage(Usage.EGRESS_GB, egress).build());
        } else {
            cs.add(Component.builder(front, Role.LOAD_BALANCER, "aws.alb", "Application Load Balancer").placement(here)
                    .protection(Protection.inTransit(true))
                    .property("listeners", "HTTPS 443 (TLS 1.2+ policy, ACM certificate); HTTP 80 redirects to HTTPS")
                    .property("subnets", "public")
                    .usage(Usage.NEW_CONNECTIONS, monthly / p.a().get("requests_per_connection"))
                    .usage(Usage.PROCESSED_GB, p.cap().egressGbPerMonth() * share)
                    .usage(Usage.EGRESS_GB, egress).build());
        }
        if (p.cdn()) {
            links.add(new Connection("global.cdn", front, Kind.TRAFFIC, "HTTPS", 443, serving));
        } else {
            links.add(new Connection("global.dns", front, Kind.TRAFFIC, "HTTPS", 443, serving));
            if (p.waf()) {
                cs.add(waf(r + ".waf", here, "REGIONAL", monthly));
            }
        }

        // application
        String app = r + ".app";
        cs.add(application(app, here, prof, share));
        links.add(new Connection(front, app, Kind.TRAFFIC, p.serverless() ? "invoke" : "HTTP", p.serverless() ? 0 : APP_PORT, true));
        if (nat) {
            links.add(new Connection(app, r + ".nat", Kind.TRAFFIC, "HTTPS", 443, false));
        }
        if (prof == Profile.PRIMARY && w.batch() != null) {
            double vcpuHours = w.batch().nightlyVcpuHours() * 730 / 24;
            double taskVcpu = p.a().get("batch_task_vcpu");
            double mem = ComputeSizer.fargateMemory(taskVcpu, taskVcpu * p.a().get("memory_per_vcpu_gb"));
            cs.add(Component.builder(r + ".batch", Role.COMPUTE, "aws.fargate-batch", "Nightly batch tasks").placement(here)
                    .sizing(new Sizing(Fmt.num(taskVcpu) + "vCPU-" + Fmt.num(mem) + "GB", taskVcpu, mem, null, 0,
                            (int) Math.ceil(w.batch().nightlyVcpuHours() / taskVcpu / 6), null, null, null,
                            "scheduled nightly; tasks pull jobs from the queue"))
                    .property("arch", "x86").property("capacity", "on-demand")
                    .property("window", "nightly, about 6 hours")
                    .usage(Usage.VCPU_HOURS, vcpuHours).usage(Usage.GB_HOURS, vcpuHours * mem / taskVcpu).build());
            cs.add(Component.builder(r + ".queue", Role.QUEUE, "aws.sqs", "Batch job queue").placement(here)
                    .protection(Protection.encrypted(key, true, false))
                    .property("dead_letter_queue", "after 5 receives")
                    .usage(Usage.REQUESTS, vcpuHours * 3).build());
            keys++;
            links.add(new Connection(app, r + ".queue", Kind.TRAFFIC, "HTTPS", 443, false));
            links.add(new Connection(r + ".batch", r + ".queue", Kind.TRAFFIC, "HTTPS", 443, false));
        }

        // data
        String dbTarget = null;
        if (p.relational() != null) {
            dbTarget = relational(cs, links, r, here, prof, peer, peerProfile, key);
            keys++;
            if (p.relational().proxy() && prof.runsApp()) {
                String proxy = r + ".db-proxy";
                DataSizer.Relational rel = p.relational();
                double vcpu = rel.instanceClass().vcpu() * (rel.service().equals("aws.aurora") ? rel.instanceCount() : 1);
                cs.add(Component.builder(proxy, Role.DATABASE, "aws.rds-proxy", "Database connection proxy").placement(here)
                        .protection(Protection.inTransit(false))
                        .sizing(new Sizing(null, vcpu, null, null, null, null, null, null, null, null))
                        .property("auth", "IAM authentication; credentials from Secrets Manager").build());
                links.add(new Connection(app, proxy, Kind.TRAFFIC, "PostgreSQL/TLS".replace("PostgreSQL", engineName()), port(), true));
                links.add(new Connection(proxy, dbTarget, Kind.TRAFFIC, engineName() + "/TLS", port(), true));
            } else if (prof.runsApp() || prof == Profile.PILOT) {
                links.add(new Connection(app, dbTarget, Kind.TRAFFIC, engineName() + "/TLS", port(), true));
            }
            if (prof == Profile.PRIMARY && w.batch() != null) {
                links.add(new Connection(r + ".batch", dbTarget, Kind.TRAFFIC, engineName() + "/TLS", port(), false));
            }
        } else if (p.keyValue() != null) {
            dbTarget = keyValue(cs, links, r, here, prof, share, peer, key);
            keys++;
            links.add(new Connection(app, dbTarget, Kind.TRAFFIC, "HTTPS (gateway endpoint)", 443, true));
        }
        if (p.cache() != null && prof != Profile.PILOT) {
            DataSizer.Cache c = p.cache();
            int replicas = prof == Profile.WARM ? 0 : c.replicasPerShard();
            boolean memcached = c.engine().equals("memcached");
            cs.add(Component.builder(r + ".cache", Role.CACHE, "aws.elasticache", memcached ? "Memcached cluster" : "Redis cache")
                    .placement(here)
                    .protection(memcached ? new Protection(false, null, true, false, 0, false, false, false, null)
                            : new Protection(true, key, true, false, req.production() ? 1 : 0, false, false, false, null))
                    .sizing(new Sizing(c.node().sku(), c.node().vcpu(), c.node().memoryGib(), c.shards() * (1 + replicas), null, null,
                            null, c.shards(), replicas, null))
                    .property("engine", c.engine())
                    .property("cluster_mode", c.clusterMode() ? "enabled" : "disabled")
                    .property("failover", replicas > 0 ? "automatic, Multi-AZ" : "none (cache rebuilt from the database)")
                    .property("auth", memcached ? "security groups only (Memcached has no auth)" : "AUTH token / RBAC users, TLS")
                    .build());
            if (!memcached) {
                keys++;
            }
            links.add(new Connection(app, r + ".cache", Kind.TRAFFIC, memcached ? "Memcached/TLS" : "Redis/TLS", memcached ? 11211 : 6379, true));
        }

        // object storage
        keys += buckets(cs, links, r, prof, share, peer, peerProfile, key, app);

        // security and operations
        int secrets = (p.relational() != null ? 1 : 0) + 1;
        cs.add(Component.builder(r + ".secrets", Role.SECRETS, "aws.secrets-manager", "Secrets").placement(here)
                .protection(Protection.encrypted(key, true, false))
                .property("contents", (p.relational() != null ? "database credentials (managed by the database, rotated), " : "")
                        + "application API keys")
                .property("replica", prof == Profile.PRIMARY && peer != null && peerProfile != null ? "replicated to " + peer : null)
                .usage(Usage.SECRETS, secrets).build());
        keys++;
        links.add(new Connection(app, r + ".secrets", Kind.TRAFFIC, "HTTPS", 443, false));

        double logGb = monthly * p.a().get("log_kb_per_request") / (1024.0 * 1024.0);
        cs.add(Component.builder(r + ".monitoring", Role.MONITORING, "aws.cloudwatch", "Logs, metrics, alarms and dashboard")
                .placement(here).protection(Protection.encrypted(key, true, false))
                .property("log_retention_days", 30)
                .property("alarms", "golden signals: latency, traffic, errors, saturation per tier")
                .usage(Usage.LOG_GB, logGb).usage(Usage.LOG_STORAGE_GB, logGb)
                .usage(Usage.ALARMS, alarms(prof)).usage(Usage.DASHBOARDS, 1).build());
        keys++;
        links.add(new Connection(app, r + ".monitoring", Kind.LOGS, "HTTPS", 443, false));

        if (prof == Profile.PRIMARY) {
            cs.add(Component.builder(r + ".trail", Role.AUDIT, "aws.cloudtrail", "Audit trail (all regions)").placement(here)
                    .protection(Protection.encrypted(key, true, false))
                    .property("scope", "multi-region trail, management events, log file validation")
                    .property("destination", r + ".logs")
                    .build());
            links.add(new Connection(r + ".trail", r + ".logs", Kind.LOGS, "HTTPS", 443, false));
        }
        detection(cs, r, here, flowGb);

        if (prof != Profile.PRIMARY) {
            keys += backupVault(cs, links, r, peer, oneZone, key);
        }
        if (prof == Profile.PRIMARY) {
            cs.add(Component.builder(r + ".backup", Role.BACKUP, "aws.backup", "Backup plan").placement(here)
                    .property("schedule", backupSchedule() + ", plus continuous backups for point-in-time restore")
                    .property("retention_days", retention())
                    .property("copies", peer != null ? "copied to " + peer : "none (single region)")
                    .property("vault_lock", req.compliance().isEmpty() ? null : "compliance mode")
                    .build());
            if (dbTarget != null) {
                links.add(new Connection(r + ".backup", dbTarget, Kind.BACKUP, "AWS API", 0, false));
            }
        }
        cs.add(Component.builder(key, Role.KEY_MANAGEMENT, "aws.kms", "Customer managed keys").placement(here)
                .property("rotation", "automatic, yearly")
                .property("multi_region", peer != null ? "multi-Region keys replicated to " + peer : null)
                .usage(Usage.KEYS, Math.max(1, keys)).build());
    }

    private void recovery(List<Component> cs, List<Connection> links, String r, String primary, Placement oneZone) {
        String key = r + ".kms";
        int keys = 1 + backupVault(cs, links, r, primary, oneZone, key);
        if (req.workload().objectStorageGb() > 0) {
            keys++;
            cs.add(Component.builder(r + ".uploads", Role.OBJECT_STORAGE, "aws.s3", "Uploads replica bucket").placement(oneZone)
                    .protection(new Protection(true, key, true, false, 0, false, true, false, null))
                    .property("storage_class", "STANDARD_IA (replica)")
                    .usage(Usage.INFREQUENT_GB, req.workload().objectStorageGb()).build());
            links.add(new Connection(primary + ".uploads", r + ".uploads", Kind.REPLICATION, "S3 replication", 0, false));
        }
        cs.add(Component.builder(key, Role.KEY_MANAGEMENT, "aws.kms", "Customer managed keys").placement(oneZone)
                .property("rotation", "automatic, yearly").property("multi_region", "replica keys of " + primary)
                .usage(Usage.KEYS, keys).build());
    }

    /** Cross-region copies of the database backups; returns the number of keys it needs. */
    private int backupVault(List<Component> cs, List<Connection> links, String r, String primary, Placement oneZone, String key) {
        if (p.relational() != null || p.keyValue() != null) {
            String source = p.keyValue() != null ? "dynamodb" : p.relational().service().equals("aws.aurora") ? "aurora" : "rds";
            double size = req.workload().database().sizeGb();
            double change = p.a().get("daily_change_ratio");
            int days = Math.min(retention(), 7);
            cs.add(Component.builder(r + ".backup-vault", Role.BACKUP, "aws.backup", "Backup vault (cross-region copies)")
                    .placement(oneZone).protection(Protection.encrypted(key, true, false).withBackups(days, false, true, null))
                    .property("source", source)
                    .property("copy_retention_days", days)
                    .usage(Usage.BACKUP_GB, size * (1 + change * days))
                    .usage(Usage.INTERREGION_GB, size * change * 30)
                    .build());
            links.add(new Connection(primary + ".backup", r + ".backup-vault", Kind.BACKUP, "AWS Backup copy", 0, false));
            return 1;
        }
        return 0;
    }

    private Component application(String id, Placement here, Profile prof, double share) {
        ComputeOption c = p.compute();
        Sizing s = c.sizing();
        Component.Builder b = Component.builder(id, Role.COMPUTE, c.service(), appName()).placement(here);
        if (p.serverless()) {
            double monthly = p.cap().monthlyRequests() * share;
            double gbSeconds = monthly * p.a().get("response_time_ms") / 1000.0 * s.memoryGb();
            return b.sizing(s).property("arch", "x86").property("vpc", p.vpcCompute() ? "private subnets" : "none")
                    .property("timeout_seconds", (int) Math.ceil(Math.min(ComputeSizer.API_TIMEOUT_SECONDS, req.workload().longestRequestSeconds() * 2)))
                    .protection(Protection.encrypted(null, true, false))
                    .usage(Usage.REQUESTS, monthly).usage(Usage.GB_SECONDS, gbSeconds).build();
        }
        Sizing sized = switch (prof) {
            case WARM -> {
                int min = Math.max(1, (int) Math.ceil(s.min() * p.a().get("warm_standby_capacity")));
                yield new Sizing(s.sku(), s.vcpu(), s.memoryGb(), min, min, s.max(), s.storageGb(), null, null, s.scaling());
            }
            case PILOT -> new Sizing(s.sku(), s.vcpu(), s.memoryGb(), 0, 0, s.max(), s.storageGb(), null, null, "scaled to zero until failover");
            default -> s;
        };
        b.sizing(sized).protection(Protection.encrypted(null, true, false))
                .property("subnets", "private").property("deployment", "rolling, 25% at a time, health-checked");
        if (c.service().equals("aws.ecs-fargate")) {
            b.property("arch", "x86").property("roles", "task execution role and task role (least privilege)");
        } else if (c.service().equals("aws.eks")) {
            b.property("node_groups", "managed node group across zones").property("pod_identity", "IAM roles for service accounts");
        } else {
            b.property("imds", "IMDSv2 required").property("launch_template", "hardened AMI, encrypted EBS");
        }
        return b.build();
    }

    private String appName() {
        return switch (p.compute().style()) {
            case SERVERLESS -> "Application functions";
            case KUBERNETES -> "Kubernetes cluster";
            case VMS -> "Application instances";
            default -> "Application service";
        };
    }

    private String relational(List<Component> cs, List<Connection> links, String r, Placement here, Profile prof, String peer,
            Profile peerProfile, String key) {
        DataSizer.Relational rel = p.relational();
        boolean aurora = rel.service().equals("aws.aurora");
        String id = r + ".db";
        double size = rel.storageGb();
        double change = p.a().get("daily_change_ratio");
        Component.Builder b = Component.builder(id, Role.DATABASE, rel.service(),
                (aurora ? "Aurora " : "RDS ") + engineName() + (prof == Profile.PRIMARY ? "" : " (replica)")).placement(here)
                .property("engine", rel.engine());
        if (prof == Profile.PRIMARY) {
            int instances = aurora ? rel.instanceCount() : 1;
            b.sizing(new Sizing(rel.instanceClass().sku(), rel.instanceClass().vcpu(), rel.instanceClass().memoryGib(), instances, null, null,
                    size, null, rel.readers(), null))
                    .protection(Protection.encrypted(key, true, false).withBackups(rel.retentionDays(), true, req.production(), peer))
                    .property("deployment", rel.multiAz() ? "multi-az" : "single-az")
                    .property("storage_config", rel.storageConfig())
                    .property("topology", aurora ? "1 writer + " + rel.readers() + " reader" + (rel.readers() == 1 ? "" : "s") + " across zones"
                            : (rel.multiAz() ? "primary with synchronous standby in another zone" : "single instance")
                                    + (rel.readers() > 0 ? ", " + rel.readers() + " read replica" + (rel.readers() == 1 ? "" : "s") : ""))
                    .property("performance_insights", "enabled")
                    .property("iam_auth", "enabled")
                    .usage(Usage.IO_REQUESTS, rel.ioRequests()).usage(Usage.BACKUP_GB, rel.backupGb());
            if (peer != null && peerProfile != Profile.RECOVERY) {
                b.property("cross_region", aurora ? "Aurora global database, secondary in " + peer : "cross-region read replica in " + peer);
                b.usage(Usage.INTERREGION_GB, size * change * 30);
            }
        } else {
            int instances = prof == Profile.ACTIVE ? (aurora ? rel.instanceCount() : 1) : 1;
            b.sizing(new Sizing(rel.instanceClass().sku(), rel.instanceClass().vcpu(), rel.instanceClass().memoryGib(), instances, null, null,
                    size, null, prof == Profile.ACTIVE && aurora ? rel.readers() : 0, null))
                    .protection(Protection.encrypted(key, true, false).withBackups(rel.retentionDays(), true, req.production(), null))
                    .property("deployment", "single-az")
                    .property("storage_config", rel.storageConfig())
                    .property("role", aurora ? "Aurora global database secondary cluster"
                            + (prof == Profile.ACTIVE ? " (reads local, writes forwarded to the primary)" : "")
                            : "cross-region read replica (promoted on failover)");
            if (aurora) {
                double writes = p.cap().monthlyRequests() * p.a().get("db_queries_per_request") * (1 - req.workload().readRatio());
                b.usage(Usage.REPLICATED_IO, writes * p.a().get("db_io_per_write"));
            }
            links.add(new Connection(peer + ".db", id, Kind.REPLICATION, aurora ? "Aurora global database" : "asynchronous replica", 0, false));
        }
        cs.add(b.build());
        return id;
    }

    private String keyValue(List<Component> cs, List<Connection> links, String r, Placement here, Profile prof, double share, String peer,
            String key) {
        DataSizer.KeyValue kv = p.keyValue();
        String id = r + ".db";
        boolean global = peer != null;
        Component.Builder b = Component.builder(id, Role.DATABASE, "aws.dynamodb",
                "DynamoDB tables" + (prof == Profile.PRIMARY ? "" : " (global table replica)")).placement(here)
                .protection(Protection.encrypted(key, true, false).withBackups(kv.retentionDays(), kv.pitr(), req.production(), null))
                .sizing(Sizing.storage(kv.storageGb()))
                .property("capacity", "on-demand").property("pitr", String.valueOf(kv.pitr()))
                .property("global_table", global ? "replicas in " + req.primaryRegion() + " and " + (prof == Profile.PRIMARY ? peer : r) : null);
        if (prof == Profile.PRIMARY || prof == Profile.ACTIVE) {
            b.usage(Usage.READ_UNITS, kv.readUnits() * share).usage(Usage.WRITE_UNITS, kv.writeUnits() * share);
        }
        if (global) {
            // every write is replicated to the other replica
            double otherWrites = prof == Profile.ACTIVE || prof == Profile.PRIMARY && share < 1 ? kv.writeUnits() * share
                    : prof == Profile.PRIMARY ? 0 : kv.writeUnits();
            b.usage(Usage.REPLICATED_WRITE_UNITS, otherWrites);
            if (prof == Profile.PRIMARY) {
                b.usage(Usage.INTERREGION_GB, kv.writeUnits() / (1024.0 * 1024.0));
            }
        }
        if (prof != Profile.PRIMARY) {
            links.add(new Connection(peer + ".db", id, Kind.REPLICATION, "DynamoDB global table", 0, false));
        }
        cs.add(b.build());
        return id;
    }

    private int buckets(List<Component> cs, List<Connection> links, String r, Profile prof, double share, String peer, Profile peerProfile,
            String key, String app) {
        Placement at = Placement.regional(r, List.of());
        Requirements.Workload w = req.workload();
        int keys = 0;
        boolean replicate = peer != null;
        boolean rtc = replicate && prof == Profile.PRIMARY && peerProfile != Profile.RECOVERY;
        if (w.staticContentGb() > 0) {
            Component.Builder b = Component.builder(r + ".assets", Role.OBJECT_STORAGE, "aws.s3",
                    "Static assets bucket" + (prof == Profile.PRIMARY ? "" : " (replica)")).placement(at)
                    .protection(new Protection(true, key, true, false, 0, false, true, false, null))
                    .property("access", p.cdn() ? "private; read by the CDN through origin access control" : "private")
                    .usage(Usage.STANDARD_GB, w.staticContentGb());
            if (prof == Profile.PRIMARY && replicate && peerProfile != Profile.RECOVERY) {
                b.property("replication", "to " + peer).usage(Usage.INTERREGION_GB, w.staticContentGb() * p.a().get("object_growth_ratio"));
            }
            cs.add(b.build());
            keys++;
            if (p.cdn()) {
                links.add(new Connection("global.cdn", r + ".assets", Kind.TRAFFIC, "HTTPS", 443, false));
            }
            if (prof != Profile.PRIMARY) {
                links.add(new Connection(peer + ".assets", r + ".assets", Kind.REPLICATION, "S3 replication", 0, false));
            }
        }
        if (w.objectStorageGb() > 0) {
            double gb = w.objectStorageGb();
            double hot = p.a().get("hot_object_share");
            double warm = Math.min(1 - hot, p.a().get("warm_object_share"));
            Component.Builder b = Component.builder(r + ".uploads", Role.OBJECT_STORAGE, "aws.s3",
                    "Uploads and media bucket" + (prof == Profile.PRIMARY ? "" : " (replica)")).placement(at)
                    .protection(new Protection(true, key, true, false, 0, false, true, false, null))
                    .property("lifecycle", "Standard -> Standard-IA after 30 days -> Glacier Instant Retrieval after 90 days; "
                            + "noncurrent versions expire after 90 days; incomplete uploads aborted after 7 days")
                    .property("public_access", "blocked")
                    .usage(Usage.STANDARD_GB, gb * hot).usage(Usage.INFREQUENT_GB, gb * warm).usage(Usage.ARCHIVE_GB, gb * (1 - hot - warm));
            if (prof == Profile.PRIMARY && replicate) {
                double growth = gb * p.a().get("object_growth_ratio");
                b.property("replication", "to " + peer + (rtc ? " with Replication Time Control (15 minutes)" : ""))
                        .usage(Usage.INTERREGION_GB, growth).usage(Usage.RTC_GB, rtc ? growth : 0);
            }
            cs.add(b.build());
            keys++;
            links.add(new Connection(app, r + ".uploads", Kind.TRAFFIC, "HTTPS (gateway endpoint)", 443, false));
        }
        boolean logs = prof == Profile.PRIMARY || prof == Profile.ACTIVE || (!p.serverless() && prof == Profile.WARM);
        if (logs) {
            double logGb = p.cap().monthlyRequests() * share * p.a().get("log_kb_per_request") / (1024.0 * 1024.0);
            int months = logRetentionMonths();
            cs.add(Component.builder(r + ".logs", Role.OBJECT_STORAGE, "aws.s3", "Log archive bucket").placement(at)
                    .protection(new Protection(true, key, true, false, 0, false, true, !req.compliance().isEmpty(), null))
                    .property("contents", "access logs, audit trail, exported application logs")
                    .property("retention_months", months)
                    .property("object_lock", req.compliance().isEmpty() ? null : "compliance mode")
                    .usage(Usage.STANDARD_GB, logGb).usage(Usage.ARCHIVE_GB, logGb * (months - 1)).build());
            keys++;
        }
        return keys;
    }

    private void detection(List<Component> cs, String r, Placement here, double flowGb) {
        if (!req.production() && req.compliance().isEmpty()) {
            return;
        }
        cs.add(Component.builder(r + ".guardduty", Role.AUDIT, "aws.guardduty", "Threat detection").placement(here)
                .property("sources", "CloudTrail management events, VPC flow logs, DNS logs")
                .usage(Usage.EVENTS, p.a().get("management_events_per_month")).usage(Usage.ANALYSED_GB, flowGb * 2).build());
        if (!req.compliance().isEmpty()) {
            double items = p.a().get("config_items_per_month");
            cs.add(Component.builder(r + ".config", Role.AUDIT, "aws.config", "Configuration recorder and rules").placement(here)
                    .property("conformance_packs", conformancePacks())
                    .usage(Usage.CONFIG_ITEMS, items).usage(Usage.EVALUATIONS, items * EVALUATIONS_PER_ITEM).build());
            long regional = cs.stream().filter(c -> c.region().equals(r)).count();
            cs.add(Component.builder(r + ".securityhub", Role.AUDIT, "aws.security-hub", "Security posture").placement(here)
                    .property("standards", securityHubStandards())
                    .usage(Usage.CHECKS, regional * CHECKS_PER_COMPONENT_DAY * 30).build());
        }
    }

    private String conformancePacks() {
        List<String> packs = new ArrayList<>();
        for (Compliance c : req.compliance()) {
            switch (c) {
                case PCI_DSS -> packs.add("Operational Best Practices for PCI DSS");
                case HIPAA -> packs.add("Operational Best Practices for HIPAA Security");
                case SOC2 -> packs.add("Operational Best Practices for AWS Well-Architected Security Pillar");
                case ISO27001 -> packs.add("Operational Best Practices for ISO 27001");
                case GDPR -> packs.add("Operational Best Practices for data residency controls");
                default -> { }
            }
        }
        return String.join("; ", packs);
    }

    private String securityHubStandards() {
        List<String> s = new ArrayList<>(List.of("AWS Foundational Security Best Practices", "CIS AWS Foundations Benchmark"));
        if (req.has(Compliance.PCI_DSS)) {
            s.add("PCI DSS");
        }
        if (req.has(Compliance.HIPAA) || req.has(Compliance.SOC2) || req.has(Compliance.ISO27001)) {
            s.add("NIST SP 800-53 Rev. 5");
        }
        return String.join(", ", s);
    }

    private int alarms(Profile prof) {
        int n = p.serverless() ? 2 + 3 : 3 + 3;
        if (p.relational() != null) {
            n += 4;
        } else if (p.keyValue() != null) {
            n += 2;
        }
        if (p.cache() != null && prof != Profile.PILOT) {
            n += 3;
        }
        if (p.vpcCompute() && prof != Profile.PILOT) {
            n += 1;
        }
        if (prof == Profile.PRIMARY) {
            n += 1 + (req.workload().batch() != null ? 1 : 0);
        }
        return n;
    }

    int retention() {
        if (p.relational() != null) {
            return p.relational().retentionDays();
        }
        if (p.keyValue() != null) {
            return p.keyValue().retentionDays();
        }
        return 7;
    }

    String backupSchedule() {
        return req.recovery().rpoSeconds() < 88_200 ? "hourly (the shortest interval AWS Backup offers)" : "daily";
    }

    int logRetentionMonths() {
        if (req.has(Compliance.HIPAA)) {
            return 72;
        }
        if (req.has(Compliance.PCI_DSS) || req.has(Compliance.SOC2) || req.has(Compliance.ISO27001)) {
            return 12;
        }
        return req.production() ? 3 : 1;
    }

    String engineName() {
        if (p.relational() == null) {
            return "";
        }
        return p.relational().engine().equals("mysql") ? "MySQL" : "PostgreSQL";
    }

    int port() {
        return p.relational() != null && p.relational().engine().equals("mysql") ? 3306 : 5432;
    }
}
