package dev.cloudwright.pricing;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Placement;
import dev.cloudwright.model.ServiceCatalog;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.model.Usage;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices AWS components: each service is a list of cost components (quantity x catalog price), in
 * the manner of a bill. The only place that knows AWS price keys. Free services still appear, with
 * no lines, so a breakdown shows everything the design contains.
 */
public final class AwsCostModel {
    static final double HOURS = 730;

    private final PriceCatalog catalog;
    private final ServiceCatalog services = ServiceCatalog.aws();

    public AwsCostModel(PriceCatalog catalog) {
        this.catalog = catalog;
    }

    public static AwsCostModel standard() {
        return new AwsCostModel(PriceCatalog.aws());
    }

    public PriceCatalog catalog() {
        return catalog;
    }

    public ComponentCost price(Component c) {
        Lines l = new Lines(c);
        switch (c.service()) {
            case "aws.cloudfront" -> cloudfront(c, l);
            case "aws.route53" -> route53(c, l);
            case "aws.alb" -> alb(c, l);
            case "aws.apigateway-http" -> apiGateway(c, l);
            case "aws.lambda" -> lambda(c, l);
            case "aws.ecs-fargate", "aws.fargate-batch" -> fargate(c, l);
            case "aws.eks" -> eks(c, l);
            case "aws.ec2-asg" -> ec2(c, l);
            case "aws.aurora" -> aurora(c, l);
            case "aws.rds" -> rds(c, l);
            case "aws.rds-proxy" -> l.add("Proxy vCPU hours", "rds.proxy", nz(c.sizing().vcpu()) * HOURS);
            case "aws.dynamodb" -> dynamodb(c, l);
            case "aws.elasticache" -> elasticache(c, l);
            case "aws.s3" -> s3(c, l);
            case "aws.sqs" -> l.addIfUsed("Requests", "sqs.standard", c.usage(Usage.REQUESTS) / 1e6);
            case "aws.vpc" -> l.addIfUsed("Flow logs delivered to CloudWatch Logs", "cloudwatch.vended-logs.ingest", c.usage(Usage.FLOW_LOG_GB));
            case "aws.nat-gateway" -> {
                l.add("NAT gateway hours (" + c.sizing().countOr(1) + ")", "vpc.nat", c.sizing().countOr(1) * HOURS);
                l.addIfUsed("Data processed", "vpc.nat.gb", c.usage(Usage.PROCESSED_GB));
            }
            case "aws.waf" -> waf(c, l);
            case "aws.kms" -> {
                l.add("Customer managed keys (" + Math.round(c.usage(Usage.KEYS)) + ")", "kms.key", c.usage(Usage.KEYS));
                l.addIfUsed("Requests", "kms.requests", c.usage(Usage.API_CALLS) / 1e4);
            }
            case "aws.secrets-manager" -> {
                l.add("Secrets (" + Math.round(c.usage(Usage.SECRETS)) + ")", "secretsmanager.secret", c.usage(Usage.SECRETS));
                l.addIfUsed("API calls", "secretsmanager.api", c.usage(Usage.API_CALLS) / 1e4);
            }
            case "aws.cloudwatch" -> cloudwatch(c, l);
            case "aws.cloudtrail" -> l.addIfUsed("Data events", "cloudtrail.data", c.usage(Usage.DATA_EVENTS) / 1e5);
            case "aws.guardduty" -> {
                l.addIfUsed("CloudTrail management events analysed", "guardduty.cloudtrail", c.usage(Usage.EVENTS) / 1e6);
                l.addIfUsed("VPC flow and DNS logs analysed", "guardduty.logs", c.usage(Usage.ANALYSED_GB));
            }
            case "aws.config" -> {
                l.addIfUsed("Configuration items recorded", "config.item", c.usage(Usage.CONFIG_ITEMS));
                l.addIfUsed("Rule evaluations", "config.evaluation", c.usage(Usage.EVALUATIONS));
            }
            case "aws.security-hub" -> l.addIfUsed("Security checks", "securityhub.check", c.usage(Usage.CHECKS));
            case "aws.backup" -> backup(c, l);
            default -> throw new IllegalArgumentException("no cost model for service " + c.service());
        }
        ServiceCatalog.Service s = services.get(c.service());
        double total = l.lines.stream().mapToDouble(CostLine::monthlyUsd).sum();
        return new ComponentCost(c.id(), c.name(), c.service(), s.shortName(), c.role(), c.region(), l.lines, total);
    }

    private void cloudfront(Component c, Lines l) {
        String geo = c.property("geo", "na");
        l.addIfUsed("Data transfer out to the internet", "cloudfront.dto.na-eu", c.usage(Usage.EGRESS_GB));
        l.addIfUsed("HTTPS requests", "cloudfront.https." + geo, c.usage(Usage.REQUESTS) / 1e4);
    }

    private void route53(Component c, Lines l) {
        l.add("Hosted zones", "route53.zone", Math.max(1, c.usage(Usage.HOSTED_ZONES)));
        double hc = c.usage(Usage.HEALTH_CHECKS);
        if (hc > 0) {
            l.add("Health checks (AWS endpoints)", "route53.healthcheck.aws", hc);
            l.add("Health check HTTPS option", "route53.healthcheck.optional", hc);
        }
        l.addIfUsed("Standard queries (alias queries to AWS resources are free)", "route53.queries.standard", c.usage(Usage.QUERIES) / 1e6);
    }

    private void alb(Component c, Lines l) {
        l.add("Load balancer hours", "elb.alb", HOURS);
        // One LCU covers 25 new connections/s, 3,000 active connections/min, 1 GB/h processed
        // (EC2/IP targets) or 1,000 rule evaluations/s; the highest dimension is billed.
        double newConnPerSec = c.usage(Usage.NEW_CONNECTIONS) / (HOURS * 3600);
        double gbPerHour = c.usage(Usage.PROCESSED_GB) / HOURS;
        double lcu = Math.max(newConnPerSec / 25.0, gbPerHour / 1.0);
        if (lcu > 0) {
            l.add("Load balancer capacity units (" + String.format(java.util.Locale.ROOT, "%.2f", lcu) + " LCU average)",
                    "elb.alb.lcu", lcu * HOURS);
        }
        l.addIfUsed("Data transfer out to the internet", "dt.internet", c.usage(Usage.EGRESS_GB));
    }

    private void apiGateway(Component c, Lines l) {
        l.addIfUsed("HTTP API requests", "apigateway.http.requests", c.usage(Usage.REQUESTS) / 1e6);
        l.addIfUsed("Data transfer out to the internet", "dt.internet", c.usage(Usage.EGRESS_GB));
    }

    private void lambda(Component c, Lines l) {
        String arch = c.property("arch", "x86");
        l.addIfUsed("Requests", "lambda.requests", c.usage(Usage.REQUESTS) / 1e6);
        l.addIfUsed("Compute (" + arch + ", GB-seconds)", "lambda.gbs." + arch, c.usage(Usage.GB_SECONDS));
    }

    private void fargate(Component c, Lines l) {
        String arch = c.property("arch", "x86");
        boolean spot = "spot".equals(c.property("capacity"));
        double vcpuHours;
        double gbHours;
        if (c.usage().containsKey(Usage.VCPU_HOURS)) {
            vcpuHours = c.usage(Usage.VCPU_HOURS);
            gbHours = c.usage(Usage.GB_HOURS);
        } else {
            Sizing s = c.sizing();
            vcpuHours = nz(s.vcpu()) * s.countOr(0) * HOURS;
            gbHours = nz(s.memoryGb()) * s.countOr(0) * HOURS;
        }
        String kind = spot ? "Spot" : "on-demand";
        if (vcpuHours > 0) {
            l.add("vCPU hours (" + arch + ", " + kind + ")", "fargate.vcpu." + arch, vcpuHours, spot ? SPOT_FACTOR : 1);
            l.add("Memory GB-hours (" + arch + ", " + kind + ")", "fargate.gb." + arch, gbHours, spot ? SPOT_FACTOR : 1);
        }
    }

    /** Fargate Spot runs at up to 70% off on-demand (discounts.tsv); Spot is priced at that published maximum. */
    static final double SPOT_FACTOR = 1 - Discounts.aws().get("fargate-spot.max").fraction();

    private void eks(Component c, Lines l) {
        l.add("EKS cluster hours", "eks.cluster", HOURS);
        ec2(c, l);
    }

    private void ec2(Component c, Lines l) {
        Sizing s = c.sizing();
        int n = s.countOr(0);
        if (n > 0) {
            l.add("Instance hours (" + n + " x " + s.sku() + ", Linux on-demand)", "ec2." + s.sku(), n * HOURS);
        }
        if (s.storageGb() != null && s.storageGb() > 0) {
            l.add("EBS gp3 volumes (" + n + " x " + Math.round(s.storageGb()) + " GB)", "ebs.gp3", n * s.storageGb());
        }
    }

    private void aurora(Component c, Lines l) {
        Sizing s = c.sizing();
        String engine = c.property("engine", "postgresql");
        boolean ioOptimized = "io-optimized".equals(c.property("storage_config"));
        int n = s.countOr(0);
        if (n > 0) {
            double factor = ioOptimized ? catalog.find("aurora.iooptimized.factor", c.region()).map(q -> q.price().firstTierUsd()).orElse(1.0) : 1;
            l.add("Instance hours (" + n + " x " + s.sku() + (ioOptimized ? ", I/O-Optimized" : "") + ")",
                    "aurora." + engine + "." + s.sku(), n * HOURS, factor);
        }
        if (ioOptimized) {
            l.add("Storage (I/O-Optimized)", "aurora.storage.iooptimized", nz(s.storageGb()));
        } else {
            l.add("Storage", "aurora.storage", nz(s.storageGb()));
            l.addIfUsed("I/O requests", "aurora.io", c.usage(Usage.IO_REQUESTS) / 1e6);
        }
        l.addIfUsed("Backup storage beyond the free allowance", "aurora.backup", c.usage(Usage.BACKUP_GB));
        l.addIfUsed("Replicated write I/O (global database)", "aurora.global.replicated-write-io", c.usage(Usage.REPLICATED_IO) / 1e6);
        l.addIfUsed("Data transfer to other regions (replication)", "dt.interregion", c.usage(Usage.INTERREGION_GB));
    }

    private void rds(Component c, Lines l) {
        Sizing s = c.sizing();
        String engine = c.property("engine", "postgresql");
        boolean multiAz = "multi-az".equals(c.property("deployment"));
        String az = multiAz ? "multi" : "single";
        int primaries = s.countOr(1);
        if (primaries > 0) {
            l.add("Instance hours (" + s.sku() + ", " + (multiAz ? "Multi-AZ" : "Single-AZ") + ")",
                    "rds." + engine + "." + s.sku() + "." + az, primaries * HOURS);
            l.add("Storage gp3 (" + (multiAz ? "Multi-AZ" : "Single-AZ") + ")", "rds.gp3." + az, nz(s.storageGb()));
        }
        int replicas = s.replicas() == null ? 0 : s.replicas();
        if (replicas > 0) {
            l.add("Read replica hours (" + replicas + " x " + s.sku() + ")", "rds." + engine + "." + s.sku() + ".single", replicas * HOURS);
            l.add("Read replica storage gp3", "rds.gp3.single", replicas * nz(s.storageGb()));
        }
        l.addIfUsed("Backup storage beyond the free allowance", "rds.backup", c.usage(Usage.BACKUP_GB));
        l.addIfUsed("Data transfer to other regions (replication)", "dt.interregion", c.usage(Usage.INTERREGION_GB));
    }

    private void dynamodb(Component c, Lines l) {
        l.addIfUsed("Write request units (on-demand)", "dynamodb.write", c.usage(Usage.WRITE_UNITS) / 1e6);
        l.addIfUsed("Read request units (on-demand)", "dynamodb.read", c.usage(Usage.READ_UNITS) / 1e6);
        l.addIfUsed("Replicated write request units (global table)", "dynamodb.replicated-write", c.usage(Usage.REPLICATED_WRITE_UNITS) / 1e6);
        l.add("Storage", "dynamodb.storage", nz(c.sizing().storageGb()));
        if ("true".equals(c.property("pitr"))) {
            l.add("Point-in-time recovery", "dynamodb.pitr", nz(c.sizing().storageGb()));
        }
        l.addIfUsed("Data transfer to other regions (replication)", "dt.interregion", c.usage(Usage.INTERREGION_GB));
    }

    private void elasticache(Component c, Lines l) {
        Sizing s = c.sizing();
        String engine = c.property("engine", "redis");
        int nodes = s.countOr(0);
        if (nodes > 0) {
            l.add("Node hours (" + nodes + " x " + s.sku() + ", " + engine + ")", "elasticache." + engine + "." + s.sku(), nodes * HOURS);
        }
    }

    private void s3(Component c, Lines l) {
        l.addIfUsed("Standard storage", "s3.standard", c.usage(Usage.STANDARD_GB));
        l.addIfUsed("Standard-IA storage", "s3.standard-ia", c.usage(Usage.INFREQUENT_GB));
        l.addIfUsed("Glacier Instant Retrieval storage", "s3.glacier-ir", c.usage(Usage.ARCHIVE_GB));
        l.addIfUsed("PUT, COPY, POST, LIST requests", "s3.put", c.usage(Usage.PUT_REQUESTS) / 1e3);
        l.addIfUsed("GET requests", "s3.get", c.usage(Usage.GET_REQUESTS) / 1e3);
        l.addIfUsed("Replication to another region", "dt.interregion", c.usage(Usage.INTERREGION_GB));
        l.addIfUsed("Replication Time Control", "s3.rtc", c.usage(Usage.RTC_GB));
    }

    private void waf(Component c, Lines l) {
        l.add("Web ACL", "waf.webacl", 1);
        l.addIfUsed("Rules and managed rule groups (" + Math.round(c.usage(Usage.RULES)) + ")", "waf.rule", c.usage(Usage.RULES));
        l.addIfUsed("Requests inspected", "waf.requests", c.usage(Usage.REQUESTS) / 1e6);
    }

    private void cloudwatch(Component c, Lines l) {
        l.addIfUsed("Logs ingested", "cloudwatch.logs.ingest", c.usage(Usage.LOG_GB));
        l.addIfUsed("Logs stored", "cloudwatch.logs.storage", c.usage(Usage.LOG_STORAGE_GB));
        l.addIfUsed("Custom metrics", "cloudwatch.metric", c.usage(Usage.METRICS));
        l.addIfUsed("Alarms (" + Math.round(c.usage(Usage.ALARMS)) + ")", "cloudwatch.alarm", c.usage(Usage.ALARMS));
        l.addIfUsed("Dashboards", "cloudwatch.dashboard", c.usage(Usage.DASHBOARDS));
    }

    private void backup(Component c, Lines l) {
        String source = c.property("source", "rds");
        l.addIfUsed("Backup copies stored (" + source + " snapshots)", source + ".backup", c.usage(Usage.BACKUP_GB));
        l.addIfUsed("Cross-region copy transfer", "dt.interregion", c.usage(Usage.INTERREGION_GB));
    }

    private static double nz(Double d) {
        return d == null ? 0 : d;
    }

    /** Accumulates lines for one component, looking prices up in its region. */
    private final class Lines {
        final List<CostLine> lines = new ArrayList<>();
        final String region;

        Lines(Component c) {
            // global services are billed at global prices; a global WAF is billed in us-east-1
            this.region = c.placement().region().equals(Placement.GLOBAL) ? PriceCatalog.REFERENCE_REGION : c.region();
        }

        void add(String name, String key, double quantity) {
            add(name, key, quantity, 1);
        }

        void add(String name, String key, double quantity, double factor) {
            java.util.Optional<PriceCatalog.Quote> found = catalog.find(key, region);
            if (found.isEmpty()) {
                lines.add(new CostLine(name, quantity, "unit", 0, 0, key, CostLine.UNPRICED));
                return;
            }
            PriceCatalog.Quote q = found.get();
            double unit = q.price().firstTierUsd() * factor;
            lines.add(new CostLine(name, quantity, q.price().unit(), unit, q.price().cost(quantity) * factor, key, q.price().region()));
        }

        void addIfUsed(String name, String key, double quantity) {
            if (quantity > 0) {
                add(name, key, quantity);
            }
        }
    }
}
