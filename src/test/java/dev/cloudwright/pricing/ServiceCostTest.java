package dev.cloudwright.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.Golden;
import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.model.Arch;
import dev.cloudwright.model.BillingMode;
import dev.cloudwright.model.CapacityType;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Deployment;
import dev.cloudwright.model.Engine;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Placement;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Setting;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.model.StorageConfig;
import dev.cloudwright.model.Usage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Cost lines per service from components with typed settings, against golden files
 * ({@code golden/cost/<case>.txt}: price key, charge, quantity and unit, unit price, monthly, price region).
 */
class ServiceCostTest {
    static final double H = AwsCostModel.HOURS;
    final AwsCostModel model = AwsCostModel.standard();

    static Component.Builder at(String service, Role role) {
        return Component.builder("use1.x", role, service, "x").placement(Placement.regional("us-east-1", List.of("us-east-1a", "us-east-1b")));
    }

    static Sizing sized(String sku, Double vcpu, Double mem, Integer count, Double storage, Integer replicas) {
        return Sizing.builder().sku(sku).vcpu(vcpu).memoryGb(mem).count(count).storageGb(storage).replicas(replicas).build();
    }

    ComponentCost check(String golden, Component c) throws IOException {
        ComponentCost cost = model.price(c);
        StringBuilder b = new StringBuilder();
        for (CostLine l : cost.lines()) {
            b.append(String.join(" | ", l.priceKey(), l.name(), num(l.quantity()) + " " + l.unit(), num(l.unitUsd()),
                    String.format(Locale.ROOT, "%.4f", l.monthlyUsd()), l.priceRegion())).append('\n');
        }
        b.append(String.format(Locale.ROOT, "total | %.4f%n", cost.monthlyUsd()));
        Golden.check("cost", golden + ".txt", b.toString());
        return cost;
    }

    static String num(double v) {
        return BigDecimal.valueOf(v).setScale(8, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static CostLine line(ComponentCost c, String key) {
        return c.lines().stream().filter(l -> l.priceKey().equals(key)).findFirst().orElseThrow(() -> new AssertionError("no line " + key));
    }

    @Test
    void rdsPostgresMultiAz() throws IOException {
        ComponentCost c = check("rds-postgresql-multi-az", at("aws.rds", Role.DATABASE).sizing(sized("db.m7g.large", 2.0, 8.0, 1, 100.0, 1))
                .set(Keys.ENGINE, Engine.POSTGRESQL).set(Keys.DEPLOYMENT, Deployment.MULTI_AZ).usage(Usage.BACKUP_GB, 50).build());
        assertEquals(0.337 * H, line(c, "rds.postgresql.db.m7g.large.multi").monthlyUsd(), 1e-9);
        assertEquals(0.168 * H, line(c, "rds.postgresql.db.m7g.large.single").monthlyUsd(), 1e-9); // the read replica
    }

    @Test
    void auroraIoOptimized() throws IOException {
        ComponentCost c = check("aurora-io-optimized", at("aws.aurora", Role.DATABASE).sizing(sized("db.r7g.large", 2.0, 16.0, 2, 500.0, null))
                .set(Keys.ENGINE, Engine.POSTGRESQL).set(Keys.STORAGE_CONFIG, StorageConfig.IO_OPTIMIZED).usage(Usage.IO_REQUESTS, 5e8).build());
        assertEquals(2 * H * 0.276 * 1.3, line(c, "aurora.postgresql.db.r7g.large").monthlyUsd(), 1e-9);
        assertTrue(c.lines().stream().noneMatch(l -> l.priceKey().equals(PriceKeys.AURORA_IO)), "I/O is included when I/O-Optimized");
    }

    static Component.Builder fargate(Arch arch, CapacityType capacity) {
        return at("aws.ecs-fargate", Role.COMPUTE).sizing(sized("1vCPU-2GB", 1.0, 2.0, 4, null, null))
                .set(Keys.ARCH, Setting.explicit(arch, new SourcePosition("main.tf", 3, 5))).set(Keys.CAPACITY, capacity);
    }

    @Test
    void fargateArmOnDemandAndSpot() throws IOException {
        ComponentCost od = check("fargate-arm-on-demand", fargate(Arch.ARM, CapacityType.ON_DEMAND).build());
        assertEquals(4 * H, line(od, "fargate.vcpu.arm").quantity(), 1e-9);
        assertEquals(4 * H * 0.03238, line(od, "fargate.vcpu.arm").monthlyUsd(), 1e-9);
        ComponentCost spot = check("fargate-arm-spot", fargate(Arch.ARM, CapacityType.SPOT).build());
        assertEquals(od.monthlyUsd() * 0.3, spot.monthlyUsd(), 1e-9);
    }

    @Test
    void fargateWithAnArchitectureNotKnownOfflineIsNotPricedRatherThanZero() {
        Component c = fargate(Arch.X86, CapacityType.ON_DEMAND).set(Keys.ARCH, Setting.unknown("var.arch", null)).build();
        ComponentCost cost = model.price(c);
        assertTrue(cost.lines().stream().allMatch(CostLine::unpriced));
        assertEquals(PriceKeys.notKnown("arch"), cost.lines().get(0).priceKey());
    }

    @Test
    void lambdaArm() throws IOException {
        ComponentCost c = check("lambda-arm", at("aws.lambda", Role.COMPUTE).set(Keys.ARCH, Arch.ARM)
                .usage(Usage.REQUESTS, 30_000_000).usage(Usage.GB_SECONDS, 4_000_000).build());
        assertEquals(30, line(c, PriceKeys.LAMBDA_REQUESTS).quantity(), 1e-12);
        assertEquals(4_000_000 * 0.0000133334, line(c, "lambda.gbs.arm").monthlyUsd(), 1e-9);
    }

    @Test
    void elasticacheValkey() throws IOException {
        ComponentCost c = check("elasticache-valkey", at("aws.elasticache", Role.CACHE).sizing(sized("cache.r7g.large", 2.0, 13.07, 3, null, null))
                .set(Keys.ENGINE, Engine.VALKEY).build());
        assertEquals(3 * H * 0.1752, line(c, "elasticache.valkey.cache.r7g.large").monthlyUsd(), 1e-9);
    }

    @Test
    void dynamodbWithPointInTimeRecovery() throws IOException {
        ComponentCost c = check("dynamodb-pitr", at("aws.dynamodb", Role.DATABASE).sizing(Sizing.storage(200))
                .set(Keys.BILLING_MODE, BillingMode.ON_DEMAND).set(Keys.POINT_IN_TIME_RECOVERY, true)
                .usage(Usage.WRITE_UNITS, 2e7).usage(Usage.READ_UNITS, 1e8).build());
        assertEquals(200 * 0.2, line(c, PriceKeys.DYNAMODB_PITR).monthlyUsd(), 1e-9);
        assertEquals(20, line(c, PriceKeys.DYNAMODB_WRITE).quantity(), 1e-12);
    }

    @Test
    void s3Tiers() throws IOException {
        ComponentCost c = check("s3-tiers", at("aws.s3", Role.OBJECT_STORAGE).usage(Usage.STANDARD_GB, 60_000).usage(Usage.INFREQUENT_GB, 2_000)
                .usage(Usage.ARCHIVE_GB, 10_000).usage(Usage.PUT_REQUESTS, 3_000_000).usage(Usage.GET_REQUESTS, 50_000_000).build());
        assertEquals(51200 * 0.023 + 8800 * 0.022, line(c, "s3.standard").monthlyUsd(), 1e-9);
        assertEquals(3000, line(c, PriceKeys.S3_PUT).quantity(), 1e-9);
    }

    @Test
    void nlb() throws IOException {
        ComponentCost c = check("nlb", at("aws.nlb", Role.LOAD_BALANCER).usage(Usage.PROCESSED_GB, 7300).usage(Usage.NEW_CONNECTIONS, 1e9).build());
        assertEquals(H * 0.0225, line(c, PriceKeys.NLB_HOURS).monthlyUsd(), 1e-9);
        assertEquals(10 * H * 0.006, line(c, PriceKeys.NLB_NLCU).monthlyUsd(), 1e-9); // 10 GB/h processed: 10 NLCU
    }

    @Test
    void apiGatewayRest() throws IOException {
        ComponentCost c = check("apigateway-rest", at("aws.apigateway-rest", Role.LOAD_BALANCER).usage(Usage.REQUESTS, 400_000_000).build());
        assertEquals(333 * 3.5 + 67 * 2.8, line(c, PriceKeys.APIGATEWAY_REST_REQUESTS).monthlyUsd(), 1e-9);
    }

    @Test
    void ec2Instance() throws IOException {
        ComponentCost c = check("ec2", at("aws.ec2", Role.COMPUTE).sizing(sized("m7g.xlarge", 4.0, 16.0, 1, 50.0, null)).build());
        assertEquals(H * 0.1632, line(c, "ec2.m7g.xlarge").monthlyUsd(), 1e-9);
        assertEquals(50 * 0.08, line(c, PriceKeys.EBS_GP3).monthlyUsd(), 1e-9);
    }

    @Test
    void ecsOnEc2IsPricedAsItsContainerInstancesNotAsTheService() {
        ComponentCost c = model.price(at("aws.ecs-ec2", Role.COMPUTE).sizing(sized("2vCPU-4GB", 2.0, 4.0, 3, null, null)).build());
        assertTrue(c.lines().isEmpty(), "the instances are the Auto Scaling group's lines");
        assertTrue(AwsCostModel.free("aws.ecs-ec2"));
    }

    @Test
    void sns() throws IOException {
        ComponentCost c = check("sns", at("aws.sns", Role.QUEUE).usage(Usage.REQUESTS, 5_000_000).usage(Usage.MESSAGES, 10_000_000).build());
        assertEquals(5, line(c, PriceKeys.SNS_REQUESTS).quantity(), 0); // in the catalog unit, 1M requests
        assertEquals(5 * 0.5, line(c, PriceKeys.SNS_REQUESTS).monthlyUsd(), 1e-9);
        // HTTP/S deliveries: the first 100,000 a month are free
        assertEquals((10 - 0.1) * 0.6, line(c, PriceKeys.SNS_NOTIFICATIONS).monthlyUsd(), 1e-9);
    }
}
