package dev.cloudwright.pricing;

import dev.cloudwright.model.BillingParts;
import static dev.cloudwright.pricing.AwsCostModel.HOURS;
import static dev.cloudwright.pricing.Measure.GB_HOUR;
import static dev.cloudwright.pricing.Measure.GB_MONTH;
import static dev.cloudwright.pricing.Measure.GB_SECOND;
import static dev.cloudwright.pricing.Measure.HOUR;
import static dev.cloudwright.pricing.Measure.REQUESTS;
import static dev.cloudwright.pricing.Measure.VCPU_HOUR;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.CapacityType;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.model.Usage;
import java.util.List;
import java.util.Optional;

/** Functions, containers and instances. */
final class ComputePricing {
    private ComputePricing() {}

    /** Fargate Spot runs at up to 70% off on-demand (discounts.tsv); Spot is priced at that published maximum. */
    static final double SPOT_FACTOR = 1 - Discounts.aws().get("fargate-spot.max").fraction();

    static List<CostComponent> lambda(Component c) {
        Bill b = new Bill(c);
        Optional<Arch> arch = b.known(Keys.ARCH, Arch.X86);
        b.ifUsed("Requests", PriceKeys.LAMBDA_REQUESTS, c.usage(Usage.REQUESTS), REQUESTS);
        b.ifUsed("Compute (" + arch.map(Arch::token).orElse("architecture not known offline") + ", GB-seconds)",
                arch.map(PriceKeys::lambdaCompute).orElse(PriceKeys.notKnown(Keys.ARCH)), c.usage(Usage.GB_SECONDS), GB_SECOND);
        provisioned(b, c, arch);
        return b.parts();
    }

    /**
     * Provisioned concurrency: each pre-initialised instance is billed for its memory over every second of the month,
     * whether it serves requests or not (requests it serves are billed as duration at the provisioned rate, a usage left
     * in the on-demand duration line).
     */
    private static void provisioned(Bill b, Component c, Optional<Arch> arch) {
        if (c.isUnknown(Keys.PROVISIONED_CONCURRENCY)) {
            b.add("Provisioned concurrency (not known offline)", PriceKeys.notKnown(Keys.PROVISIONED_CONCURRENCY), 0, GB_SECOND);
            return;
        }
        int n = c.valueOr(Keys.PROVISIONED_CONCURRENCY, 0);
        if (n <= 0) {
            return;
        }
        Optional<Integer> mb = b.known(Keys.MEMORY_MB, 128);
        String key = arch.isEmpty() ? PriceKeys.notKnown(Keys.ARCH) : mb.isEmpty() ? PriceKeys.notKnown(Keys.MEMORY_MB) : PriceKeys.lambdaProvisioned(arch.get());
        double gbSeconds = n * mb.orElse(0) / 1024.0 * HOURS * 3600;
        b.add("Provisioned concurrency (" + n + " x " + mb.map(m -> m + " MB").orElse("memory not known offline") + ")", key, gbSeconds, GB_SECOND)
                .by(BillingParts.PROVISIONED_CONCURRENCY);
    }

    /** ECS services and batch tasks on Fargate: vCPU and memory hours, by architecture and capacity type. */
    static List<CostComponent> fargate(Component c) {
        Bill b = new Bill(c);
        double vcpuHours;
        double gbHours;
        if (c.usage().containsKey(Usage.VCPU_HOURS)) {
            vcpuHours = c.usage(Usage.VCPU_HOURS);
            gbHours = c.usage(Usage.GB_HOURS);
        } else {
            Sizing s = c.sizing();
            vcpuHours = Bill.nz(s.vcpu()) * s.countOr(0) * HOURS;
            gbHours = Bill.nz(s.memoryGb()) * s.countOr(0) * HOURS;
        }
        if (b.unresolved("count") || b.unresolved("sku")) {
            String field = b.unresolved("count") ? "count" : "sku";
            return b.add("vCPU and memory hours (task " + field + " not known offline)", PriceKeys.notKnown(field), 0, VCPU_HOUR).parts();
        }
        if (vcpuHours <= 0) {
            return b.parts();
        }
        Optional<Arch> arch = b.known(Keys.ARCH, Arch.X86);
        Optional<CapacityType> capacity = b.known(Keys.CAPACITY, CapacityType.ON_DEMAND);
        if (arch.isEmpty() || capacity.isEmpty()) {
            String field = arch.isEmpty() ? Keys.ARCH.name() : Keys.CAPACITY.name();
            return b.add("vCPU hours (" + field + " not known offline)", PriceKeys.notKnown(field), vcpuHours, VCPU_HOUR)
                    .add("Memory GB-hours (" + field + " not known offline)", PriceKeys.notKnown(field), gbHours, GB_HOUR).parts();
        }
        boolean spot = capacity.get() == CapacityType.SPOT;
        String kind = arch.get().token() + ", " + (spot ? "Spot" : "on-demand");
        double factor = spot ? SPOT_FACTOR : 1;
        return b.add(CostComponent.of("vCPU hours (" + kind + ")", PriceKeys.fargateVcpu(arch.get()), vcpuHours, VCPU_HOUR).times(factor))
                .add(CostComponent.of("Memory GB-hours (" + kind + ")", PriceKeys.fargateMemory(arch.get()), gbHours, GB_HOUR).times(factor))
                .parts();
    }

    /**
     * An EKS cluster's control plane and its nodes. Node capacity whose cluster is another component (or outside the
     * configuration) names that cluster and is charged its nodes only. EKS Auto Mode adds a management fee per hour of
     * each instance it launches, by instance type; those instances are chosen at run time, so the fee is not priced.
     */
    static List<CostComponent> eks(Component c) {
        Bill b = new Bill(c);
        if (c.setting(Keys.CLUSTER).isEmpty()) {
            b.add("EKS cluster hours", PriceKeys.EKS_CLUSTER, HOURS, HOUR);
        }
        b.addAll(instances(c, 0)).by(BillingParts.NODES);
        if (c.isTrue(Keys.MANAGED_NODES) || c.isUnknown(Keys.MANAGED_NODES)) {
            b.add("EKS Auto Mode management fee (per instance-hour of the nodes it launches, not known offline)", PriceKeys.notKnown("count"), 0, HOUR);
        }
        return b.parts();
    }

    /** Auto Scaling groups, and ECS on EC2 (its container instances): {@code count} instances of {@code sku}. */
    static List<CostComponent> fleet(Component c) {
        return instances(c, 0);
    }

    /** A standalone instance: one unless the sizing says otherwise. */
    static List<CostComponent> instance(Component c) {
        return instances(c, 1);
    }

    /** How instance hours name an operating system. */
    private static final java.util.Map<String, String> OS_NAMES = java.util.Map.of("linux", "Linux", "windows", "Windows", "rhel", "Red Hat Enterprise Linux",
            "suse", "SUSE Linux Enterprise Server");

    /** Instance hours (Linux on demand unless the usage names another system or a commitment) and volumes of {@code count x sku}. */
    private static List<CostComponent> instances(Component c, int defaultCount) {
        Bill b = new Bill(c);
        Sizing s = c.sizing();
        if (b.unresolved("count") || b.unresolved("sku")) {
            String field = b.unresolved("count") ? "count" : "sku";
            return b.add("Instance hours (instance " + field + " not known offline)", PriceKeys.notKnown(field), 0, HOUR).parts();
        }
        int n = s.countOr(defaultCount);
        if (n > 0) {
            String os = c.valueOr(Keys.OPERATING_SYSTEM, "linux");
            String name = "Instance hours (" + n + " x " + s.sku() + ", " + OS_NAMES.getOrDefault(os, os) + (c.value(Keys.COMMITMENT) == null ? " on-demand)" : ")");
            // a commitment adds its own words: "Instance hours (1 x m7g.large, Linux, reserved 1y, partial upfront)"
            b.addAll(CommittedUse.hours(c, name, s.sku() == null ? PriceKeys.notKnown("sku") : PriceKeys.ec2Instance(s.sku(), os), n * HOURS));
        }
        BlockStoragePricing.blockDevices(b, c, n);
        if (s.storageGb() != null && s.storageGb() > 0) {
            b.add("EBS gp3 volumes (" + n + " x " + Math.round(s.storageGb()) + " GB)", PriceKeys.EBS_GP3, n * s.storageGb(), GB_MONTH);
        }
        return b.parts();
    }
}
