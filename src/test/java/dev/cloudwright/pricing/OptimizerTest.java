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
                .sizing(new Sizing("2vCPU-4GB", 2.0, 4.0, tasks, tasks, tasks * 2, null, null, null, null))
                .set(Keys.ARCH, Arch.X86).build();
    }

    @Test
    void gravitonSavingIsTheCatalogPriceDifference() {
        Component x86 = fargate(6);
        double before = model.price(x86).monthlyUsd();
        double after = model.price(x86.toBuilder().set(Keys.ARCH, Arch.ARM).build()).monthlyUsd();
        Map<String, Double> byId = new Optimizer(model).find(arch(x86), true).stream()
                .collect(Collectors.toMap(Opportunity::id, Opportunity::monthlyUsd));
        assertEquals(before - after, byId.get("graviton"), 1e-9);
        // night scale-in: 6 tasks down to 3 (one per zone) for 8 of 24 hours, on the arm price left after Graviton
        assertEquals(after / 6 * 3 * 8 / 24, byId.get("night-scale-in"), 1e-9);
    }

    @Test
    void savingsNeverExceedWhatTheComponentsCost() {
        Component app = fargate(9);
        Component cache = Component.builder("us-east-1.cache", Role.CACHE, "aws.elasticache", "cache")
                .placement(Placement.regional("us-east-1", List.of("us-east-1a", "us-east-1b")))
                .sizing(new Sizing("cache.r7g.large", 2.0, 13.07, 6, null, null, null, 3, 1, null)).set(Keys.ENGINE, Engine.REDIS).build();
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
                .sizing(new Sizing("1vCPU-2GB", 1.0, 2.0, 2, null, null, null, null, null, null))
                .set(Keys.ARCH, Arch.ARM).set(Keys.CAPACITY, CapacityType.ON_DEMAND).build();
        double before = model.price(batch).monthlyUsd();
        double after = model.price(batch.toBuilder().set(Keys.CAPACITY, CapacityType.SPOT).build()).monthlyUsd();
        Map<String, Double> byId = new Optimizer(model).find(arch(batch), true).stream()
                .collect(Collectors.toMap(Opportunity::id, Opportunity::monthlyUsd));
        assertEquals(before - after, byId.get("spot-batch"), 1e-9);
        List<String> onSpot = new Optimizer(model).find(arch(batch.toBuilder().set(Keys.CAPACITY, CapacityType.SPOT).build()), true)
                .stream().map(Opportunity::id).toList();
        assertTrue(!onSpot.contains("spot-batch") && !onSpot.contains("graviton"), onSpot.toString());
    }
}
