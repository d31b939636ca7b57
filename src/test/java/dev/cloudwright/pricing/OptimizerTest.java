package dev.cloudwright.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Arch;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.CapacityType;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Placement;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Sizing;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OptimizerTest {
    final AwsCostModel model = AwsCostModel.standard();

    static Architecture arch(Component... cs) {
        return new Architecture("t", "aws", "production",
                List.of(new RegionPlan("us-east-1", "US East", RegionPlan.Part.PRIMARY, "us", List.of("us-east-1a", "us-east-1b", "us-east-1c"))),
                List.of(cs), List.of());
    }

    static Component fargate(int tasks) {
        return Component.builder("us-east-1.app", Role.COMPUTE, "aws.ecs-fargate", "app")
                .placement(Placement.regional("us-east-1", List.of("us-east-1a", "us-east-1b", "us-east-1c")))
                .sizing(Sizing.builder().sku("2vCPU-4GB").vcpu(2.0).memoryGb(4.0).count(tasks).min(tasks).max(tasks * 2).build())
                .set(Keys.ARCH, Arch.X86).build();
    }

    @Test
    void gravitonSavingIsTheCatalogPriceDifference() {
        // prices.tsv, us-east-1 Fargate per hour: x86 $0.04048 a vCPU and $0.004445 a GB; arm $0.03238 and $0.00356.
        // One 2 vCPU / 4 GB task: x86 2 x 0.04048 + 4 x 0.004445 = $0.09874 an hour; arm 2 x 0.03238 + 4 x 0.00356 = $0.079.
        // Six tasks for 730 hours: x86 4,380 x 0.09874 = $432.4812; arm 4,380 x 0.079 = $346.02; Graviton saves $86.4612.
        Component x86 = fargate(6);
        assertEquals(432.4812, model.price(x86).monthlyUsd(), 1e-6);
        Map<String, Double> byId = new Optimizer(model).find(arch(x86), true).stream()
                .collect(Collectors.toMap(Opportunity::id, Opportunity::monthlyUsd));
        assertEquals(86.4612, byId.get("graviton"), 1e-6);
        // night scale-in, on the arm price left after Graviton: 6 tasks down to 3 (one per zone) for 8 of 24 hours,
        // 3 tasks x 730 hours x $0.079 x 8 / 24 = $57.67
        assertEquals(57.67, byId.get("night-scale-in"), 1e-6);
    }

    @Test
    void savingsNeverExceedWhatTheComponentsCost() {
        Component app = fargate(9);
        Component cache = Component.builder("us-east-1.cache", Role.CACHE, "aws.elasticache", "cache")
                .placement(Placement.regional("us-east-1", List.of("us-east-1a", "us-east-1b")))
                .sizing(Sizing.builder().sku("cache.r7g.large").vcpu(2.0).memoryGb(13.07).count(6).shards(3).replicas(1).build()).set(Keys.ENGINE, Engine.REDIS).build();
        List<Opportunity> ops = new Optimizer(model).find(arch(app, cache), true);
        double total = model.price(app).monthlyUsd() + model.price(cache).monthlyUsd();
        double saved = ops.stream().mapToDouble(Opportunity::monthlyUsd).sum();
        assertTrue(saved > 0 && saved < total, saved + " of " + total);
        assertTrue(ops.stream().anyMatch(o -> o.id().equals("valkey")));
    }

    @Test
    void nonProductionGetsNoNightScaleInButAWorkingHoursSchedule() {
        List<String> ids = new Optimizer(model).find(arch(fargate(6)), false).stream().map(Opportunity::id).toList();
        assertTrue(ids.contains("schedule"));
        assertTrue(!ids.contains("night-scale-in"));
    }

    @Test
    void batchOnDemandGetsSpotAndBatchAlreadyOnSpotDoesNot() {
        Component batch = Component.builder("us-east-1.batch", Role.COMPUTE, "aws.fargate-batch", "batch")
                .placement(Placement.regional("us-east-1", List.of("us-east-1a", "us-east-1b")))
                .sizing(Sizing.builder().sku("1vCPU-2GB").vcpu(1.0).memoryGb(2.0).count(2).build())
                .set(Keys.ARCH, Arch.ARM).set(Keys.CAPACITY, CapacityType.ON_DEMAND).build();
        // two 1 vCPU / 2 GB arm tasks all month on demand: 1,460 x (0.03238 + 2 x 0.00356) = 1,460 x 0.0395 = $57.67;
        // Fargate Spot is priced at the published "up to 70% off" (discounts.tsv fargate-spot.max): 0.7 x 57.67 = $40.369
        Map<String, Double> byId = new Optimizer(model).find(arch(batch), true).stream()
                .collect(Collectors.toMap(Opportunity::id, Opportunity::monthlyUsd));
        assertEquals(40.369, byId.get("spot-batch"), 1e-6);
        List<String> onSpot = new Optimizer(model).find(arch(batch.toBuilder().set(Keys.CAPACITY, CapacityType.SPOT).build()), true)
                .stream().map(Opportunity::id).toList();
        assertTrue(!onSpot.contains("spot-batch") && !onSpot.contains("graviton"), onSpot.toString());
    }
}
