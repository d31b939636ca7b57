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
    /** EC2 instances: Graviton is an instance type. */
    private static final Set<String> INSTANCES = Set.of("aws.ec2-asg", "aws.eks", "aws.ecs-ec2", "aws.ec2");
    /** Scaled fleets of tasks or instances that run all day. */
    private static final Set<String> FLEETS = Set.of("aws.ecs-fargate", "aws.ec2-asg", "aws.eks", "aws.ecs-ec2");

    private final AwsCostModel model;
    private final Discounts discounts = Discounts.aws();

    public Optimizer(AwsCostModel model) {
        this.model = model;
    }

    public List<Opportunity> find(Architecture arch, boolean production) {
        Map<String, Double> remaining = new HashMap<>();
        Map<String, Double> instancePart = new HashMap<>();
        for (Component c : arch.components()) {
            ComponentCost cc = model.price(c);
            remaining.put(c.id(), cc.monthlyUsd());
            instancePart.put(c.id(), cc.lines().stream().filter(l -> l.name().startsWith("Instance hours") || l.name().startsWith("Read replica hours"))
                    .mapToDouble(CostLine::monthlyUsd).sum());
        }
        List<Opportunity> out = new ArrayList<>();

        // 1. Graviton (arm64) for application compute
        Map<String, Double> graviton = reprice(arch, remaining, c -> {
            if (SERVERLESS.contains(c.service())) {
                return c.value(Keys.ARCH) == Arch.X86 ? c.toBuilder().set(Keys.ARCH, Arch.ARM).build() : null;
            }
            if (INSTANCES.contains(c.service())) {
                return c.sizing().sku() != null && c.sizing().sku().startsWith("m7i.")
                        ? c.toBuilder().sizing(c.sizing().withSku(c.sizing().sku().replace("m7i.", "m7g."))).build() : null;
            }
            return null;
        });
        add(out, remaining, graviton, "graviton", "Graviton (arm64) for application compute",
                "Build the container images or function packages for arm64 and switch the task definitions, functions or instance types to Graviton.",
                "Needs arm64 builds of the application and its native dependencies; test before switching.", 1,
                "catalog price difference between x86 and arm64");

        // 2. Valkey engine for the cache
        Map<String, Double> valkey = reprice(arch, remaining, c -> c.service().equals("aws.elasticache") && c.value(Keys.ENGINE) == Engine.REDIS
                ? c.toBuilder().set(Keys.ENGINE, Engine.VALKEY).build() : null);
        add(out, remaining, valkey, "valkey", "Valkey engine for ElastiCache",
                "Run the cache on the Valkey engine (Redis OSS-compatible, same node types).",
                "Engine change at the next maintenance window; Redis OSS clients work unchanged.", 1,
                basis("elasticache.valkey-vs-redis.node") + "; catalog node prices");

        // 3. Spot capacity for batch work
        Map<String, Double> spot = reprice(arch, remaining, c -> c.service().equals("aws.fargate-batch") && !c.isUnknown(Keys.CAPACITY)
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

        // 6. Commitments
        Map<String, Double> computeSp = new LinkedHashMap<>();
        for (Component c : arch.components()) {
            String key = switch (c.service()) {
                case "aws.ecs-fargate" -> "compute-savings-plan.1y-no-upfront.fargate";
                case "aws.lambda" -> "compute-savings-plan.1y-no-upfront.lambda";
                case "aws.ec2-asg", "aws.eks", "aws.ecs-ec2", "aws.ec2" -> "compute-savings-plan.1y-no-upfront.ec2";
                default -> null;
            };
            if (key != null && remaining.get(c.id()) > 0) {
                computeSp.put(c.id(), remaining.get(c.id()) * discounts.get(key).fraction());
            }
        }
        add(out, remaining, computeSp, "compute-savings-plan", "Compute Savings Plan (1 year, no upfront)",
                "Commit to the steady hourly compute spend (the minimum fleet) for one year.",
                "A one-year commitment to a dollar-per-hour spend; it follows the workload across instance families and regions.", 0,
                basis("compute-savings-plan.1y-no-upfront.fargate") + "; " + basis("compute-savings-plan.1y-no-upfront.lambda") + "; "
                        + basis("compute-savings-plan.1y-no-upfront.ec2"));

        Map<String, Double> dbRi = new LinkedHashMap<>();
        double dbFraction = discounts.get("rds-reserved.1y.aurora").fraction();
        for (Component c : arch.components()) {
            if ((c.service().equals("aws.aurora") || c.service().equals("aws.rds")) && instancePart.get(c.id()) > 0) {
                double share = Math.min(1, remaining.get(c.id()) / Math.max(1e-9, model.price(c).monthlyUsd()));
                dbRi.put(c.id(), instancePart.get(c.id()) * share * dbFraction);
            }
        }
        add(out, remaining, dbRi, "db-reserved", "Reserved database instances (1 year, no upfront)",
                "Reserve the database instances that run all month.",
                "A one-year commitment to the instance family and region.", 0, basis("rds-reserved.1y.aurora"));

        Map<String, Double> cacheSp = new LinkedHashMap<>();
        double cacheFraction = discounts.get("database-savings-plan.max.provisioned").fraction();
        for (Component c : arch.components()) {
            if (c.service().equals("aws.elasticache") && remaining.get(c.id()) > 0) {
                cacheSp.put(c.id(), remaining.get(c.id()) * cacheFraction);
            }
        }
        add(out, remaining, cacheSp, "cache-savings-plan", "Database Savings Plan for the cache nodes (1 year)",
                "Cover the cache nodes with a one-year Database Savings Plan.",
                "A one-year commitment to an hourly spend.", 0, basis("database-savings-plan.max.provisioned") + " (up to)");

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

        // 8. gp3 instead of gp2 volumes: the same size for less, with a fixed baseline of IOPS and throughput
        Map<String, Double> gp3 = reprice(arch, remaining, c -> c.service().equals("aws.ebs") && "gp2".equals(c.value(Keys.STORAGE_TYPE))
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

    private String basis(String key) {
        Discounts.Discount d = discounts.get(key);
        return String.format(Locale.ROOT, "%s %.0f%% (%s, %s)", key, d.fraction() * 100, d.source(), d.date());
    }

    private Map<String, Double> reprice(Architecture arch, Map<String, Double> remaining, UnaryOperator<Component> change) {
        Map<String, Double> savings = new LinkedHashMap<>();
        for (Component c : arch.components()) {
            Component alt = change.apply(c);
            if (alt == null) {
                continue;
            }
            double before = model.price(c).monthlyUsd();
            double after = model.price(alt).monthlyUsd();
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
