package dev.cloudwright.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Placement;
import dev.cloudwright.model.ServiceCatalog;
import dev.cloudwright.model.Sizing;
import dev.cloudwright.model.Usage;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The registry and the service catalog agree, and every registered service prices against the catalog's units. */
class PricingRegistryTest {
    /** Keys the catalog has no price for yet (no AWS-sourced row found); they are reported as not priced. */
    static final Set<String> KNOWN_UNPRICED = Set.of();

    /** Instance types the catalog prices, for services sized by one. */
    static final Map<String, String> SKU = Map.of("aws.ec2-asg", "m7g.large", "aws.eks", "m7g.large", "aws.ecs-ec2", "m7g.large",
            "aws.ec2", "m7g.large", "aws.aurora", "db.r7g.large", "aws.rds", "db.m7g.large", "aws.elasticache", "cache.r7g.large",
            "aws.msk", "kafka.m7g.large", "aws.opensearch", "c4.2xlarge.search", "aws.redshift", "ra3.xlplus");

    final AwsCostModel model = AwsCostModel.standard();

    @Test
    void everyCatalogServiceHasAnEntry() {
        List<String> missing = new ArrayList<>();
        for (String id : ServiceCatalog.aws().all().keySet()) {
            if (AwsPricing.find(id).isEmpty()) {
                missing.add(id);
            }
        }
        assertEquals(List.of(), missing, "services in services.tsv without an entry in AwsPricing.SERVICES");
    }

    @Test
    void everyEntryIsACatalogService() {
        List<String> unknown = new ArrayList<>();
        for (PricedService s : AwsPricing.SERVICES) {
            if (!ServiceCatalog.aws().all().containsKey(s.service())) {
                unknown.add(s.service());
            }
        }
        assertEquals(List.of(), unknown, "entries in AwsPricing.SERVICES for services not in services.tsv");
    }

    @Test
    void everyServicePricesABusyComponentAgainstTheCatalogUnits() throws IllegalAccessException {
        TreeSet<String> unpriced = new TreeSet<>();
        for (PricedService s : AwsPricing.SERVICES) {
            Component c = busy(s.service());
            ComponentCost cost = model.price(c);
            if (s.free()) {
                // A free service still carries the charges any component can have (transfer between zones).
                assertEquals(SharedCharges.of(c).size(), cost.lines().size(), s.service() + " is free but has lines of its own");
                continue;
            }
            assertTrue(!cost.lines().isEmpty(), s.service() + " has no cost lines for a busy component: mark it free()");
            for (CostLine l : cost.lines()) {
                if (l.unpriced()) {
                    unpriced.add(l.priceKey());
                }
            }
        }
        assertEquals(new TreeSet<>(KNOWN_UNPRICED), unpriced, "price keys without a catalog row");
    }

    @Test
    void aFreeServiceSaysWhy() {
        // A service marked free is never priced: the registry has exactly one, ECS on EC2, whose container instances
        // are the Auto Scaling group's lines. Marking another service free must be a decision this test records.
        List<String> free = AwsPricing.SERVICES.stream().filter(PricedService::free).map(PricedService::service).toList();
        assertEquals(List.of("aws.ecs-ec2"), free);
        PricedService.Free ecsOnEc2 = (PricedService.Free) AwsPricing.find("aws.ecs-ec2").orElseThrow();
        assertTrue(ecsOnEc2.why().contains("Auto Scaling group"), ecsOnEc2.why());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PricedService.free("aws.example", " "),
                "a free service without a reason");
        assertEquals("a free service says why: aws.example", e.getMessage());
    }

    /** A component of {@code service} with every usage quantity and a full sizing. */
    static Component busy(String service) throws IllegalAccessException {
        Component.Builder b = Component.builder("use1.x", ServiceCatalog.aws().get(service).role(), service, "x")
                .placement(Placement.regional("us-east-1", List.of("us-east-1a", "us-east-1b")))
                .sizing(Sizing.builder().sku(SKU.getOrDefault(service, "1vCPU-2GB")).vcpu(1.0).memoryGb(2.0).count(2).min(2).max(4).storageGb(100.0).shards(1).replicas(1).build());
        if (service.equals("aws.backup")) {
            b.set(dev.cloudwright.model.Keys.BACKUP_SOURCE, "rds");
        }
        if (service.equals("aws.fsx")) {
            b.set(dev.cloudwright.model.Keys.FS_DEPLOYMENT, "MULTI_AZ_1");
        }
        if (service.equals("aws.aurora") || service.equals("aws.rds")) {
            b.set(dev.cloudwright.model.Keys.ENGINE, dev.cloudwright.model.Engine.POSTGRESQL);
        }
        for (Field f : Usage.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                b.usage((String) f.get(null), 1_000_000);
            }
        }
        return b.build();
    }
}
