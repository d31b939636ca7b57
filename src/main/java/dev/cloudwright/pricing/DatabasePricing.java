package dev.cloudwright.pricing;

import dev.cloudwright.model.BillingParts;
import static dev.cloudwright.pricing.AwsCostModel.HOURS;
import static dev.cloudwright.pricing.Bill.nz;
import static dev.cloudwright.pricing.Measure.GB;
import static dev.cloudwright.pricing.Measure.ACU_HOUR;
import static dev.cloudwright.pricing.Measure.GB_HOUR;
import static dev.cloudwright.pricing.Measure.GB_MONTH;
import static dev.cloudwright.pricing.Measure.HOUR;
import static dev.cloudwright.pricing.Measure.RCU_HOUR;
import static dev.cloudwright.pricing.Measure.REQUESTS;
import static dev.cloudwright.pricing.Measure.VCPU_HOUR;
import static dev.cloudwright.pricing.Measure.WCU_HOUR;

import dev.cloudwright.model.BillingMode;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Key;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.model.StorageConfig;
import dev.cloudwright.model.Usage;
import java.util.List;
import java.util.Optional;

/** Relational databases, key-value tables and caches. */
final class DatabasePricing {
    private DatabasePricing() {}

    static List<CostComponent> aurora(Component c) {
        Bill b = new Bill(c);
        Sizing s = c.sizing();
        Optional<Engine> engine = b.known(Keys.ENGINE, null); // engines are required: an absent one is not assumed
        Optional<StorageConfig> config = b.known(Keys.STORAGE_CONFIG, StorageConfig.STANDARD);
        boolean io = config.orElse(null) == StorageConfig.IO_OPTIMIZED;
        int n = s.countOr(0);
        if (n > 0 && SERVERLESS.equals(sku(b, s))) {
            serverlessV2(b, c, n, io);
        } else if (n > 0) {
            String name = "Instance hours (" + n + " x " + s.sku() + (io ? ", I/O-Optimized" : "") + ")";
            if (sku(b, s) == null) {
                b.add(CostComponent.of(name, PriceKeys.notKnown("sku"), n * HOURS, HOUR).perInstance());
            } else if (engine.isEmpty() || config.isEmpty()) {
                b.add(CostComponent.of(name, PriceKeys.notKnown(engine.isEmpty() ? Keys.ENGINE : Keys.STORAGE_CONFIG), n * HOURS, HOUR).perInstance());
            } else {
                CostComponent hours = CostComponent.of(name, PriceKeys.auroraInstance(engine.get(), s.sku()), n * HOURS, HOUR).perInstance();
                b.add(io ? hours.timesRatio(PriceKeys.AURORA_IO_OPTIMIZED_RATIO) : hours);
            }
        }
        if (config.isEmpty()) {
            b.add("Storage", PriceKeys.notKnown(Keys.STORAGE_CONFIG), nz(s.storageGb()), GB_MONTH);
        } else if (io) {
            b.ifUsed("Storage (I/O-Optimized)", PriceKeys.auroraStorage(StorageConfig.IO_OPTIMIZED), nz(s.storageGb()), GB_MONTH);
        } else {
            b.ifUsed("Storage", PriceKeys.auroraStorage(StorageConfig.STANDARD), nz(s.storageGb()), GB_MONTH);
            b.ifUsed("I/O requests", PriceKeys.AURORA_IO, c.usage(Usage.IO_REQUESTS), REQUESTS);
        }
        b.ifUsed("Backup storage beyond the free allowance", PriceKeys.backupStorage("aurora"), c.usage(Usage.BACKUP_GB), GB_MONTH);
        b.ifUsed("Replicated write I/O (global database)", PriceKeys.AURORA_REPLICATED_WRITE_IO, c.usage(Usage.REPLICATED_IO), REQUESTS)
                .by(BillingParts.GLOBAL_DATABASE);
        return b.ifUsed("Data transfer to other regions (replication)", PriceKeys.INTER_REGION, c.usage(Usage.INTERREGION_GB), GB).parts();
    }

    /** The instance class of Aurora Serverless v2 instances. */
    private static final String SERVERLESS = "db.serverless";

    /**
     * Serverless v2 instances bill ACU-hours: the capacity used (a usage) where given, else the minimum capacity, which each
     * instance keeps provisioned.
     */
    private static void serverlessV2(Bill b, Component c, int n, boolean io) {
        double used = c.usage(Usage.ACU_HOURS);
        CostComponent acu;
        if (used > 0) {
            acu = CostComponent.of("Serverless v2 capacity (ACU-hours used)", PriceKeys.AURORA_SERVERLESS_ACU, used, ACU_HOUR).usage().perInstance();
        } else if (c.isUnknown(Keys.MIN_ACU)) {
            acu = CostComponent.of("Serverless v2 capacity (minimum ACUs not known offline)", PriceKeys.notKnown(Keys.MIN_ACU), 0, ACU_HOUR);
        } else {
            double min = c.valueOr(Keys.MIN_ACU, 0.0);
            acu = CostComponent.of("Serverless v2 capacity at its minimum (" + n + " x " + dev.cloudwright.core.Fmt.num(java.math.BigDecimal.valueOf(min))
                    + " ACU" + (io ? ", I/O-Optimized" : "") + ")", PriceKeys.AURORA_SERVERLESS_ACU, n * min * HOURS, ACU_HOUR).perInstance();
        }
        b.add(io ? acu.timesRatio(PriceKeys.AURORA_IO_OPTIMIZED_RATIO) : acu);
    }

    static List<CostComponent> rds(Component c) {
        Bill b = new Bill(c);
        Sizing s = c.sizing();
        Optional<Engine> engine = b.known(Keys.ENGINE, null); // engines are required: an absent one is not assumed
        Optional<Deployment> deployment = b.known(Keys.DEPLOYMENT, Deployment.SINGLE_AZ);
        String az = deployment.map(d -> d == Deployment.MULTI_AZ ? "Multi-AZ" : "Single-AZ").orElse("deployment not known offline");
        Optional<String> edition = edition(b, engine.orElse(null));
        String hoursKey = sku(b, s) == null ? PriceKeys.notKnown("sku") : engine.isEmpty() ? PriceKeys.notKnown(Keys.ENGINE)
                : edition.isEmpty() ? PriceKeys.notKnown(Keys.ENGINE_EDITION) : null;
        int primaries = s.countOr(1);
        if (primaries > 0) {
            String what = edition.filter(e -> !e.equals(engine.get().token())).map(e -> ", " + e).orElse("");
            b.addAll(CommittedUse.hours(c, "Instance hours (" + s.sku() + what + ", " + az + ")", hoursKey != null ? hoursKey
                    : deployment.isPresent() ? PriceKeys.rdsInstance(edition.get(), s.sku(), deployment.get()) : PriceKeys.notKnown(Keys.DEPLOYMENT),
                    primaries * HOURS));
            rdsStorage(b, c, "", deployment.orElse(null), az, primaries);
        }
        int replicas = s.replicas() == null ? 0 : s.replicas();
        if (replicas > 0) {
            b.add("Read replica hours (" + replicas + " x " + s.sku() + ")",
                    hoursKey != null ? hoursKey : PriceKeys.rdsInstance(edition.get(), s.sku(), Deployment.SINGLE_AZ), replicas * HOURS, HOUR);
            rdsStorage(b, c, "Read replica ", Deployment.SINGLE_AZ, "Single-AZ", replicas);
        }
        b.ifUsed("Backup storage beyond the free allowance", PriceKeys.backupStorage("rds"), c.usage(Usage.BACKUP_GB), GB_MONTH);
        return b.ifUsed("Data transfer to other regions (replication)", PriceKeys.INTER_REGION, c.usage(Usage.INTERREGION_GB), GB).parts();
    }

    /** The edition an engine's instance hours are priced by: its own token, or for Oracle and SQL Server the edition and licence. */
    private static Optional<String> edition(Bill b, Engine engine) {
        if (engine != Engine.ORACLE && engine != Engine.SQLSERVER) {
            return Optional.ofNullable(engine).map(Engine::token);
        }
        return b.known(Keys.ENGINE_EDITION, null);
    }

    /**
     * gp3 includes 3,000 IOPS and 125 MB/s below 400 GB and 12,000 IOPS and 500 MB/s from 400 GB (SQL Server: 3,000 and 125
     * at every size); io1 and io2 bill every provisioned IOPS
     * (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html#gp3-storage, read 2026-12-04).
     */
    static final int RDS_GP3_LARGE_GB = 400;

    /** The storage of {@code n} like instances: a volume type not set in a design is gp3, the type the designer writes. */
    private static void rdsStorage(Bill b, Component c, String what, Deployment deployment, String az, int n) {
        Optional<String> type = b.known(Keys.STORAGE_TYPE, "gp3");
        double gb = n * nz(c.sizing().storageGb());
        if (deployment == null || type.isEmpty()) {
            b.add(what + "Storage (" + (type.isEmpty() ? "volume type" : "deployment") + " not known offline)",
                    PriceKeys.notKnown(type.isEmpty() ? Keys.STORAGE_TYPE : Keys.DEPLOYMENT), gb, GB_MONTH);
            return;
        }
        String t = type.get().equals("standard") ? "magnetic" : type.get();
        String label = what.isEmpty() ? "Storage " + type.get() + " (" + az + ")" : what + "storage " + type.get();
        b.add(label, PriceKeys.rdsStorage(t, deployment), gb, GB_MONTH);
        Integer iops = c.isUnknown(Keys.IOPS) ? Integer.valueOf(-1) : c.value(Keys.IOPS);
        Integer mbps = c.isUnknown(Keys.THROUGHPUT_MBPS) ? Integer.valueOf(-1) : c.value(Keys.THROUGHPUT_MBPS);
        switch (t) {
            case "gp3" -> {
                boolean large = nz(c.sizing().storageGb()) >= RDS_GP3_LARGE_GB && c.value(Keys.ENGINE) != Engine.SQLSERVER;
                int includedIops = large ? 12_000 : 3_000;
                int includedMbps = large ? 500 : 125;
                if (iops != null && iops < 0) {
                    b.add(what + "Provisioned IOPS (not known offline)", PriceKeys.notKnown(Keys.IOPS), 0, Measure.IOPS_MONTH);
                } else if (iops != null && iops > includedIops) {
                    b.add(what + "Provisioned IOPS above " + includedIops + " (" + iops + ")", PriceKeys.rdsIops("gp3", deployment),
                            n * (double) (iops - includedIops), Measure.IOPS_MONTH);
                }
                if (mbps != null && mbps < 0) {
                    b.add(what + "Provisioned throughput (not known offline)", PriceKeys.notKnown(Keys.THROUGHPUT_MBPS), 0, Measure.MBPS_MONTH);
                } else if (mbps != null && mbps > includedMbps) {
                    b.add(what + "Provisioned throughput above " + includedMbps + " MB/s (" + mbps + " MB/s)", PriceKeys.rdsThroughput(deployment),
                            n * (double) (mbps - includedMbps), Measure.MBPS_MONTH);
                }
            }
            case "io1", "io2" -> {
                if (iops == null || iops < 0) {
                    b.add(what + "Provisioned IOPS (" + (iops == null ? "not set" : "not known offline") + ")", PriceKeys.notKnown(Keys.IOPS), 0,
                            Measure.IOPS_MONTH);
                } else {
                    b.add(what + "Provisioned IOPS (" + iops + ")", PriceKeys.rdsIops(t, deployment), n * (double) iops, Measure.IOPS_MONTH);
                }
            }
            case "magnetic" -> b.ifUsed(what + "I/O requests (magnetic)", PriceKeys.RDS_MAGNETIC_IO, c.usage(Usage.IO_REQUESTS), REQUESTS);
            default -> {
                // gp2 is billed by size alone
            }
        }
    }

    static List<CostComponent> rdsProxy(Component c) {
        Bill b = new Bill(c);
        if (b.unresolved("vcpu")) {
            return b.add("Proxy vCPU hours (the target's vCPUs are not known offline)", PriceKeys.notKnown("vcpu"), 0, VCPU_HOUR).parts();
        }
        double vcpu = nz(c.sizing().vcpu());
        return b.add("Proxy vCPU hours (" + Math.round(vcpu) + " vCPUs of the targets)", PriceKeys.RDS_PROXY, vcpu * HOURS, VCPU_HOUR).parts();
    }

    static List<CostComponent> dynamodb(Component c) {
        Bill b = new Bill(c);
        Optional<BillingMode> mode = b.known(Keys.BILLING_MODE, BillingMode.ON_DEMAND);
        if (mode.isEmpty()) {
            b.ifUsed("Write requests (billing mode not known offline)", PriceKeys.notKnown(Keys.BILLING_MODE), c.usage(Usage.WRITE_UNITS), REQUESTS);
            b.ifUsed("Read requests (billing mode not known offline)", PriceKeys.notKnown(Keys.BILLING_MODE), c.usage(Usage.READ_UNITS), REQUESTS);
        } else if (mode.get() == BillingMode.PROVISIONED) {
            capacity(b, c, false);
            capacity(b, c, true);
        } else {
            b.ifUsed("Write request units (on-demand)", PriceKeys.DYNAMODB_WRITE, c.usage(Usage.WRITE_UNITS), REQUESTS);
            b.ifUsed("Read request units (on-demand)", PriceKeys.DYNAMODB_READ, c.usage(Usage.READ_UNITS), REQUESTS);
        }
        b.ifUsed("Replicated write request units (global table)", PriceKeys.DYNAMODB_REPLICATED_WRITE, c.usage(Usage.REPLICATED_WRITE_UNITS), REQUESTS)
                .by(BillingParts.REPLICAS);
        double gb = nz(c.sizing().storageGb());
        // The data a table holds is not in its configuration: a usage of the table.
        b.ifUsed("Storage", PriceKeys.DYNAMODB_STORAGE, gb, GB_MONTH);
        if (c.isTrue(Keys.POINT_IN_TIME_RECOVERY)) {
            b.ifUsed("Point-in-time recovery", PriceKeys.DYNAMODB_PITR, gb, GB_MONTH);
        } else if (c.isUnknown(Keys.POINT_IN_TIME_RECOVERY)) {
            b.add("Point-in-time recovery (not known offline)", PriceKeys.notKnown(Keys.POINT_IN_TIME_RECOVERY), gb, GB_MONTH);
        }
        return b.ifUsed("Data transfer to other regions (replication)", PriceKeys.INTER_REGION, c.usage(Usage.INTERREGION_GB), GB).parts();
    }

    /**
     * Provisioned capacity units billed in one direction: the table's (at auto scaling's minimum when it scales them, which
     * is always provisioned) and its indexes'; a part not known offline is reported as not priced.
     */
    private static void capacity(Bill b, Component c, boolean read) {
        Key<Integer> min = read ? Keys.MIN_READ_CAPACITY : Keys.MIN_WRITE_CAPACITY;
        Key<Integer> table = c.setting(min).isPresent() ? min : read ? Keys.READ_CAPACITY : Keys.WRITE_CAPACITY;
        Key<Integer> indexes = read ? Keys.INDEX_READ_CAPACITY : Keys.INDEX_WRITE_CAPACITY;
        String what = read ? "Read capacity units (provisioned, " : "Write capacity units (provisioned, ";
        Measure unit = read ? RCU_HOUR : WCU_HOUR;
        for (Key<Integer> k : List.of(table, indexes)) {
            if (c.isUnknown(k)) {
                b.add(what + k.name() + " not known offline)", PriceKeys.notKnown(k), 0, unit);
                return;
            }
        }
        int t = c.valueOr(table, 0);
        int i = c.valueOr(indexes, 0);
        b.add(what + (t + i) + (read ? " RCU" : " WCU") + (table == min ? ", auto scaling's minimum" : "") + (i > 0 ? ", " + i + " of them the indexes'" : "")
                + ")", read ? PriceKeys.DYNAMODB_READ_CAPACITY : PriceKeys.DYNAMODB_WRITE_CAPACITY, (t + i) * HOURS, unit);
    }

    static List<CostComponent> elasticache(Component c) {
        Bill b = new Bill(c);
        Sizing s = c.sizing();
        Optional<Engine> engine = b.known(Keys.ENGINE, Engine.REDIS);
        int nodes = s.countOr(0);
        if (nodes > 0) {
            b.addAll(CommittedUse.hours(c, "Node hours (" + nodes + " x " + s.sku() + ", " + engine.map(Engine::token).orElse("engine not known offline") + ")",
                    sku(b, s) == null ? PriceKeys.notKnown("sku")
                    : engine.map(e -> PriceKeys.elasticacheNode(e, s.sku())).orElse(PriceKeys.notKnown(Keys.ENGINE)), nodes * HOURS));
        }
        return b.parts();
    }

    /** ElastiCache Serverless: data stored (GB-hours, at least the minimum AWS meters) and ECPUs, by engine. */
    static List<CostComponent> elasticacheServerless(Component c) {
        Bill b = new Bill(c);
        Optional<Engine> engine = b.known(Keys.ENGINE, Engine.REDIS);
        if (engine.isEmpty()) {
            return b.add("Data stored (engine not known offline)", PriceKeys.notKnown(Keys.ENGINE), 0, GB_HOUR).parts();
        }
        double minimum = Metered.of("elasticache-serverless.minimum-gb." + engine.get().token()) * HOURS;
        double stored = c.usage(Usage.CACHE_GB_HOURS);
        if (stored > minimum) {
            b.add(CostComponent.of("Data stored (GB-hours)", PriceKeys.cacheServerlessStorage(engine.get()), stored, GB_HOUR).usage());
        } else {
            b.add("Data stored (the minimum metered, " + dev.cloudwright.core.Fmt.num(java.math.BigDecimal.valueOf(minimum / HOURS)) + " GB)",
                    PriceKeys.cacheServerlessStorage(engine.get()), minimum, GB_HOUR);
        }
        return b.ifUsed("ElastiCache Processing Units", PriceKeys.cacheServerlessEcpu(engine.get()), c.usage(Usage.ECPUS), Measure.ECPUS).parts();
    }

    /** The instance class or node type, or null when the sizing does not name one (or it is not known offline). */
    private static String sku(Bill b, Sizing s) {
        return b.unresolved("sku") ? null : s.sku();
    }
}
