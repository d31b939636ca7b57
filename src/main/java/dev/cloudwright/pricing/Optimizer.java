package dev.cloudwright.pricing;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.CapacityType;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.StorageClasses;
import dev.cloudwright.model.StorageTier;
import dev.cloudwright.model.Usage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds ways to spend less on an architecture without weakening it: cheaper processors, engines and
 * capacity types, commitments, storage tiers. Each saving is computed from catalog prices or
 * published discounts on what is left after the opportunities before it, so savings add up.
 */
public final class Optimizer {
    /** Hours a day of low traffic assumed for scheduled scale-in. */
    static final double NIGHT_HOURS = 8;
    /** Logs stay in Standard this long before a colder class (the last three months immediately available). */
    static final int LOGS_IN_STANDARD_DAYS = 90;

    /** Functions and Fargate tasks: Graviton is a setting. */
    private static final Set<String> SERVERLESS = Set.of("aws.ecs-fargate", "aws.lambda", "aws.fargate-batch");
    /** Scaled fleets of tasks or instances that run all day. */
    private static final Set<String> FLEETS = Set.of("aws.ecs-fargate", "aws.ec2-asg", "aws.eks", "aws.ecs-ec2");

    private final AwsCostModel model;
    private final Discounts discounts = Discounts.aws();

    public Optimizer(AwsCostModel model) {
        this.model = model;
    }

    public List<Opportunity> find(Architecture arch, boolean production) {
        Map<String, ComponentCost> base = new HashMap<>();
        Map<String, Double> remaining = new HashMap<>();
        Map<String, Double> instancePart = new HashMap<>();
        for (Component c : arch.components()) {
            ComponentCost cc = model.price(c);
            base.put(c.id(), cc);
            remaining.put(c.id(), cc.monthlyUsd());
            instancePart.put(c.id(), cc.lines().stream().filter(INSTANCE_HOURS).mapToDouble(CostLine::monthlyUsd).sum());
        }
        List<Opportunity> out = new ArrayList<>();

        // 1. Current-generation families for previous-generation instances, nodes and database classes
        Map<String, Double> current = reprice(arch, base, remaining, c -> successor(c, Successors.PREVIOUS_GENERATION));
        add(out, remaining, current, "previous-generation", "Current-generation instance families",
                "Move instances, database classes and cache nodes of previous-generation families to the current family of the same size.",
                "An instance type change: a restart (EC2), or a modification in the maintenance window (RDS, ElastiCache); newer families"
                        + " also run faster, so a smaller size may do.", 1, "catalog prices of both sizes; families from instance-successors.tsv");

        // 2. Graviton (arm64) for application compute, databases and caches
        Map<String, Double> graviton = reprice(arch, base, remaining, c -> {
            if (SERVERLESS.contains(c.service())) {
                return c.value(Keys.ARCH) == Arch.X86 ? c.toBuilder().set(Keys.ARCH, Arch.ARM).build() : null;
            }
            Engine engine = c.value(Keys.ENGINE);
            if (engine == Engine.ORACLE || engine == Engine.SQLSERVER) {
                return null; // RDS runs these engines on x86 classes only
            }
            return successor(c, Successors.GRAVITON);
        });
        add(out, remaining, graviton, "graviton", "Graviton (arm64) for application compute",
                "Build the container images or function packages for arm64 and switch the task definitions, functions or instance types to Graviton;"
                        + " move database and cache classes to their Graviton family.",
                "Needs arm64 builds of the application and its native dependencies; test before switching. Managed databases and caches change"
                        + " class in a maintenance window.", 1, "catalog price difference between x86 and arm64");

        // 3. Valkey engine for the cache
        Map<String, Double> valkey = reprice(arch, base, remaining, c -> c.service().equals("aws.elasticache") && c.value(Keys.ENGINE) == Engine.REDIS
                ? c.toBuilder().set(Keys.ENGINE, Engine.VALKEY).build() : null);
        add(out, remaining, valkey, "valkey", "Valkey engine for ElastiCache",
                "Run the cache on the Valkey engine (Redis OSS-compatible, same node types).",
                "Engine change at the next maintenance window; Redis OSS clients work unchanged.", 1,
                basis("elasticache.valkey-vs-redis.node") + "; catalog node prices");

        // 4. Spot capacity for batch work
        Map<String, Double> spot = reprice(arch, base, remaining, c -> c.service().equals("aws.fargate-batch") && !c.isUnknown(Keys.CAPACITY)
                && c.value(Keys.CAPACITY) != CapacityType.SPOT ? c.toBuilder().set(Keys.CAPACITY, CapacityType.SPOT).build() : null);
        add(out, remaining, spot, "spot-batch", "Spot capacity for batch jobs",
                "Run the nightly batch tasks on Fargate Spot.",
                "Tasks can be interrupted with two minutes' notice: jobs must checkpoint or be safe to retry.", 2,
                basis("fargate-spot.max") + " (up to)");

        // 4. Right-size the night: the minimum fleet is sized for static stability at average load;
        //    for the eight quietest hours it can drop to one task per zone.
        if (production) {
            Map<String, Double> night = new LinkedHashMap<>();
            for (Component c : arch.components()) {
                boolean fleet = FLEETS.contains(c.service());
                int running = c.sizing().countOr(0);
                int floor = Math.max(1, c.placement().zones().size());
                if (fleet && running > floor && remaining.get(c.id()) > 0) {
                    double perUnit = remaining.get(c.id()) / running;
                    night.put(c.id(), perUnit * (running - floor) * NIGHT_HOURS / 24.0);
                }
            }
            add(out, remaining, night, "night-scale-in", "Scheduled scale-in for the quietest hours",
                    "Lower the fleet minimum to one task or instance per zone for the eight quietest hours of the day.",
                    "Less standing capacity at night: a zone failure then leaves the rest to scale out before absorbing its share.", 2,
                    "fleet minimum minus one unit per zone, 8 of 24 hours");
        }

        // 4b. Spot for the stateless capacity above the fleet's floor (one task per zone stays on demand)
        if (production) {
            Map<String, Double> spotFleet = new LinkedHashMap<>();
            for (Component c : arch.components()) {
                int running = c.sizing().countOr(0);
                int floor = Math.max(1, c.placement().zones().size());
                if (c.service().equals("aws.ecs-fargate") && running > floor
                        && c.value(Keys.CAPACITY) != CapacityType.SPOT && remaining.get(c.id()) > 0) {
                    spotFleet.put(c.id(), remaining.get(c.id()) * (running - floor) / running * discounts.get("fargate-spot.max").fraction());
                }
            }
            add(out, remaining, spotFleet, "spot-stateless", "Fargate Spot for the stateless tasks above the floor (up to)",
                    "Add a FARGATE_SPOT capacity provider to the service with base = one task per zone on FARGATE and the rest weighted to Spot.",
                    "Spot tasks can be stopped with two minutes' notice; the on-demand base keeps the service up, and the figure is the published"
                            + " maximum discount.", 2, basis("fargate-spot.max") + " (up to)");
        }

        // 5. Schedule non-production compute
        if (!production) {
            Map<String, Double> sched = new LinkedHashMap<>();
            for (Component c : arch.components()) {
                if (FLEETS.contains(c.service())) {
                    sched.put(c.id(), remaining.get(c.id()) * (1 - 50.0 / 168));
                }
            }
            add(out, remaining, sched, "schedule", "Stop non-production compute outside working hours",
                    "Scale the application to zero outside 10 hours a day, 5 days a week (a scheduled scaling action).",
                    "The environment is unavailable overnight and at weekends.", 2, "50 of 168 hours a week");
        }

        // 5b. Stop non-production databases outside working hours (RDS and Aurora instances can be stopped; storage is still billed)
        if (!production) {
            Map<String, Double> dbSched = new LinkedHashMap<>();
            for (Component c : arch.components()) {
                if ((c.service().equals("aws.rds") || c.service().equals("aws.aurora")) && instancePart.get(c.id()) > 0) {
                    dbSched.put(c.id(), instancePart.get(c.id()) * share(base.get(c.id()), remaining) * (1 - 50.0 / 168));
                }
            }
            add(out, remaining, dbSched, "db-schedule", "Stop non-production databases outside working hours",
                    "Stop the DB instances (or Aurora clusters) outside 10 hours a day, 5 days a week with a scheduled job; for Aurora, Serverless v2"
                            + " with a low minimum capacity (or pausing at 0 ACUs) does the same without a schedule.",
                    "The database is unavailable overnight and at weekends; RDS restarts a stopped instance after 7 days, so the schedule must"
                            + " stop it again. Storage and backups are billed all the time.", 2, "instance hours, 50 of 168 hours a week");
        }

        // 5c. One NAT gateway per region outside production
        if (!production) {
            Map<String, List<Component>> natsByRegion = new java.util.TreeMap<>();
            for (Component c : arch.components()) {
                if (c.service().equals("aws.nat-gateway") && c.region() != null) {
                    natsByRegion.computeIfAbsent(c.region(), k -> new ArrayList<>()).add(c);
                }
            }
            Map<String, Double> natSaving = new LinkedHashMap<>();
            natsByRegion.forEach((region, nats) -> {
                int n = nats.stream().mapToInt(c -> c.sizing().countOr(1)).sum();
                for (Component c : nats) {
                    double fixed = base.get(c.id()).lines().stream().filter(l -> l.priceKey().equals(PriceKeys.NAT_HOURS)
                            || l.priceKey().equals(PriceKeys.PUBLIC_IPV4)).mapToDouble(CostLine::monthlyUsd).sum();
                    if (n > 1 && fixed > 0) {
                        natSaving.put(c.id(), fixed * share(base.get(c.id()), remaining) * (n - 1) / n);
                    }
                }
            });
            add(out, remaining, natSaving, "nat-consolidation", "One NAT gateway per region outside production",
                    "Route every private subnet of the region through one NAT gateway instead of one per zone.",
                    "A zone outage then cuts outbound internet access for the whole environment, and traffic from other zones pays"
                            + " inter-zone transfer.", 2, "catalog NAT gateway and public IPv4 hours");
        }

        // 5d. Gateway endpoints: S3 and DynamoDB traffic through a NAT gateway pays its data processing; a gateway endpoint is free
        Map<String, Double> endpoints = new LinkedHashMap<>();
        for (Component nat : arch.components()) {
            if (!nat.service().equals("aws.nat-gateway") || nat.usage(dev.cloudwright.model.Usage.PROCESSED_GB) <= 0) {
                continue;
            }
            Set<String> stores = new java.util.TreeSet<>();
            Set<String> reached = new java.util.TreeSet<>();
            for (Component c : arch.components()) {
                if (java.util.Objects.equals(c.region(), nat.region())) {
                    if (c.service().equals("aws.s3") || c.service().equals("aws.dynamodb")) {
                        stores.add(c.service().substring(4));
                    }
                    reached.addAll(c.valueOr(Keys.GATEWAY_ENDPOINTS, List.<String>of()));
                }
            }
            boolean storesInRegion = !stores.isEmpty();
            boolean covered = reached.containsAll(stores);
            double processing = base.get(nat.id()).lines().stream().filter(l -> l.priceKey().equals(PriceKeys.NAT_GB)).mapToDouble(CostLine::monthlyUsd).sum();
            if (storesInRegion && !covered && processing > 0) {
                endpoints.put(nat.id(), processing * share(base.get(nat.id()), remaining));
            }
        }
        add(out, remaining, endpoints, "gateway-endpoints", "Gateway endpoints for S3 and DynamoDB (up to)",
                "Add S3 and DynamoDB gateway endpoints to the private route tables: their traffic then bypasses the NAT gateway.",
                "None in cost or availability; the figure holds if all NAT-processed traffic goes to S3 or DynamoDB, and is that share of it"
                        + " otherwise. Endpoint policies can then restrict which buckets and tables are reachable.", 1,
                "catalog NAT data-processing price; gateway endpoints are free");

        // 6. Commitments: priced from the catalog's committed-use rates where it has them, else a published discount
        CommitmentAdvisor advisor = new CommitmentAdvisor(model, base);
        List<Component> compute = arch.components().stream().filter(c -> COMPUTE_PLAN.containsKey(c.service())).toList();
        CommitmentAdvisor.Advice sp = advisor.advise(compute, l -> l.priceKey().startsWith("fargate.") || l.priceKey().startsWith("lambda.gbs")
                || l.priceKey().startsWith("ec2.") && !l.priceKey().equals(PriceKeys.INTER_AZ), "compute-savings-plan",
                l -> discounts.get(planDiscount(l.priceKey())).fraction(), remaining);
        add(out, remaining, sp.savings(), "compute-savings-plan", "Compute Savings Plan (1 year, no upfront)",
                "Commit to the steady hourly compute spend (the minimum fleet) for one year." + options(sp),
                "A one-year commitment to a dollar-per-hour spend; it follows the workload across instance families and regions.", 0,
                basis(sp, "catalog Compute Savings Plan rates", basis("compute-savings-plan.1y-no-upfront.fargate") + "; "
                        + basis("compute-savings-plan.1y-no-upfront.lambda") + "; " + basis("compute-savings-plan.1y-no-upfront.ec2")));

        List<Component> dbs = arch.components().stream().filter(c -> c.service().equals("aws.aurora") || c.service().equals("aws.rds")).toList();
        CommitmentAdvisor.Advice ri = advisor.advise(dbs, INSTANCE_HOURS,
                "reserved-standard", l -> discounts.get("rds-reserved.1y.aurora").fraction(), remaining);
        add(out, remaining, ri.savings(), "db-reserved", "Reserved database instances (1 year, no upfront)",
                "Reserve the database instances that run all month." + options(ri),
                "A one-year commitment to the instance family and region.", 0, basis(ri, "catalog reserved instance prices",
                        basis("rds-reserved.1y.aurora")));

        List<Component> caches = arch.components().stream().filter(c -> c.service().equals("aws.elasticache")).toList();
        CommitmentAdvisor.Advice nodes = advisor.advise(caches, l -> l.name().startsWith("Node hours"), "reserved-standard",
                l -> discounts.get("database-savings-plan.max.provisioned").fraction(), remaining);
        add(out, remaining, nodes.savings(), "cache-reserved", "Reserved cache nodes (1 year, no upfront)",
                "Reserve the cache nodes that run all month." + options(nodes),
                "A one-year commitment to the node type and region.", 0, basis(nodes, "catalog reserved node prices",
                        basis("database-savings-plan.max.provisioned") + " (up to)"));

        // 7. Colder storage for old logs
        Map<String, Double> logs = new LinkedHashMap<>();
        for (Component c : arch.components()) {
            // Deep Archive bills a minimum storage duration: only logs kept that long after their 90 days in Standard are worth moving.
            Integer kept = c.value(Keys.RETENTION_DAYS);
            if (c.service().equals("aws.s3") && kept != null && kept >= LOGS_IN_STANDARD_DAYS + StorageClasses.aws(StorageTier.DEEP_ARCHIVE).minStorageDays()
                    && c.usage(Usage.ARCHIVE_GB) > 0) {
                double ir = model.catalog().quote(PriceKeys.s3Storage(StorageTier.ARCHIVE_INSTANT), c.region()).price().firstTierUsd();
                double deep = model.catalog().quote(PriceKeys.s3Storage(StorageTier.DEEP_ARCHIVE), c.region()).price().firstTierUsd();
                double gb = c.usage(Usage.ARCHIVE_GB);
                logs.put(c.id(), Math.min(remaining.get(c.id()), gb * (ir - deep)));
            }
        }
        add(out, remaining, logs, "log-deep-archive", "Deep Archive for logs older than 90 days",
                "Add a lifecycle rule moving log archives to Glacier Deep Archive after 90 days.",
                "Restoring an archived log takes up to 12 hours; old logs are rarely read.", 1, "catalog storage prices");

        // 7b. Intelligent-Tiering for buckets whose Standard data no lifecycle rule moves: what is not read for 30 days
        //     drops to the Infrequent Access tier (priced as Standard-IA) with no retrieval fee
        Map<String, Double> tiering = new LinkedHashMap<>();
        for (Component c : arch.components()) {
            double gb = c.usage(Usage.STANDARD_GB);
            if (c.service().equals("aws.s3") && gb > 0 && c.value(Keys.LIFECYCLE) == null && c.value(Keys.LIFECYCLE_RULES) == null) {
                double standard = model.catalog().quote(PriceKeys.s3Storage(StorageTier.STANDARD), c.region()).price().firstTierUsd();
                double ia = model.catalog().quote(PriceKeys.s3Storage(StorageTier.INFREQUENT), c.region()).price().firstTierUsd();
                tiering.put(c.id(), Math.min(remaining.get(c.id()), gb * (standard - ia)));
            }
        }
        add(out, remaining, tiering, "s3-intelligent-tiering", "S3 Intelligent-Tiering for data no lifecycle rule moves (up to)",
                "Store new objects in Intelligent-Tiering (or add a lifecycle rule transitioning them to it); add archive tiers for data kept for years.",
                "The figure holds for data not read for 30 days, and is that share of it otherwise; monitoring costs $0.0025 per 1,000 objects over"
                        + " 128 KB a month, so many small objects can cost more than they save.", 1, "catalog Standard and Standard-IA storage prices");

        // 8. gp3 instead of gp2 volumes: the same size for less, with a fixed baseline of IOPS and throughput
        Map<String, Double> gp3 = reprice(arch, base, remaining, c -> c.service().equals("aws.ebs") && "gp2".equals(c.value(Keys.STORAGE_TYPE))
                ? c.toBuilder().set(Keys.STORAGE_TYPE, "gp3").build() : null);
        add(out, remaining, gp3, "gp2-to-gp3", "gp3 instead of gp2 volumes",
                "Change the volumes' type to gp3 (an in-place modification, no downtime).",
                "gp3 gives 3,000 IOPS and 125 MB/s whatever the size; a gp2 volume over 1 TB that relies on its size-based IOPS needs those provisioned.",
                1, "catalog volume prices");

        // 9. Idle addresses: an Elastic IP attached to nothing is billed all the same
        Map<String, Double> idle = new LinkedHashMap<>();
        for (Component c : arch.components()) {
            String attached = c.value(Keys.ATTACHED_TO);
            if (c.service().equals("aws.eip") && attached != null && attached.startsWith("not attached")) {
                idle.put(c.id(), remaining.get(c.id()));
            }
        }
        add(out, remaining, idle, "idle-addresses", "Release unattached Elastic IPs",
                "Release the addresses the configuration attaches to nothing.",
                "A released address cannot be got back: keep any that an allow-list or a DNS record outside this configuration names.", 2,
                "catalog public IPv4 price");
        return out;
    }

    /** Services a Compute Savings Plan covers, and the published discount for the lines without catalog rates. */
    private static final Map<String, String> COMPUTE_PLAN = Map.of("aws.ecs-fargate", "fargate", "aws.lambda", "lambda", "aws.ec2-asg", "ec2",
            "aws.eks", "ec2", "aws.ecs-ec2", "ec2", "aws.ec2", "ec2");

    private static String planDiscount(String priceKey) {
        String family = priceKey.startsWith("fargate.") ? "fargate" : priceKey.startsWith("lambda.") ? "lambda" : "ec2";
        return "compute-savings-plan.1y-no-upfront." + family;
    }

    private static String options(CommitmentAdvisor.Advice a) {
        return a.options().isEmpty() ? "" : " From the catalog: " + a.options() + ".";
    }

    /** The basis of a commitment: catalog rates, a published discount, or both (with how many lines each priced). */
    private static String basis(CommitmentAdvisor.Advice a, String catalog, String published) {
        if (a.fallback() == 0) {
            return catalog;
        }
        return a.priced() == 0 ? published : catalog + " for " + dev.cloudwright.core.Fmt.plural(a.priced(), "line") + "; " + published
                + " for " + dev.cloudwright.core.Fmt.plural(a.fallback(), "line") + " without one";
    }

    private String basis(String key) {
        Discounts.Discount d = discounts.get(key);
        return String.format(Locale.ROOT, "%s %.0f%% (%s, %s)", key, d.fraction() * 100, d.source(), d.date());
    }

    /** The lines of instance (and read replica) hours: what reservations and schedules change. */
    static final java.util.function.Predicate<CostLine> INSTANCE_HOURS = l -> l.name().startsWith("Instance hours")
            || l.name().startsWith("Read replica hours");

    /** The part of a component's cost ({@code cost}, as priced before any opportunity) the opportunities before this one have left. */
    static double share(ComponentCost cost, Map<String, Double> remaining) {
        double total = cost.monthlyUsd();
        return total <= 0 ? 0 : Math.min(1, remaining.get(cost.componentId()) / total);
    }

    /** Services whose sizing names an instance type, class or node type that a successor family can replace. */
    private static final Set<String> SIZED = Set.of("aws.ec2-asg", "aws.eks", "aws.ecs-ec2", "aws.ec2", "aws.rds", "aws.aurora", "aws.elasticache");

    /** {@code c} on the successor family of {@code kind}, or null where there is none. */
    private static Component successor(Component c, String kind) {
        if (!SIZED.contains(c.service())) {
            return null;
        }
        return Successors.of(c.sizing().sku(), kind).map(sku -> c.toBuilder().sizing(c.sizing().withSku(sku)).build()).orElse(null);
    }

    /** What each change saves, where it prices in full: a change to something the catalog cannot price saves nothing. */
    private Map<String, Double> reprice(Architecture arch, Map<String, ComponentCost> base, Map<String, Double> remaining,
            UnaryOperator<Component> change) {
        Map<String, Double> savings = new LinkedHashMap<>();
        for (Component c : arch.components()) {
            Component alt = change.apply(c);
            if (alt == null) {
                continue;
            }
            ComponentCost was = base.get(c.id());
            ComponentCost changed = model.price(alt);
            if (changed.lines().stream().filter(CostLine::unpriced).count() > was.lines().stream().filter(CostLine::unpriced).count()) {
                continue;
            }
            double before = was.monthlyUsd();
            double after = changed.monthlyUsd();
            if (before > 0 && after < before) {
                savings.put(c.id(), remaining.get(c.id()) * (1 - after / before));
            }
        }
        return savings;
    }

    private static void add(List<Opportunity> out, Map<String, Double> remaining, Map<String, Double> savings, String id, String title,
            String action, String tradeOff, int impact, String basis) {
        double total = 0;
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, Double> e : savings.entrySet()) {
            double s = Math.min(e.getValue(), remaining.get(e.getKey()));
            if (s <= 0.005) {
                continue;
            }
            remaining.put(e.getKey(), remaining.get(e.getKey()) - s);
            total += s;
            ids.add(e.getKey());
        }
        if (total >= 0.01) {
            out.add(new Opportunity(id, title, action, total, tradeOff, impact, basis, ids));
        }
    }
}
