package dev.cloudwright.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
    static final Set<String> KNOWN_UNPRICED = Set.of(PriceKeys.NLB_HOURS, PriceKeys.SNS_REQUESTS, PriceKeys.SNS_NOTIFICATIONS);

    /** Instance types the catalog prices, for services sized by one. */
    static final Map<String, String> SKU = Map.of("aws.ec2-asg", "m7g.large", "aws.eks", "m7g.large", "aws.ecs-ec2", "m7g.large",
            "aws.ec2", "m7g.large", "aws.aurora", "db.r7g.large", "aws.rds", "db.m7g.large", "aws.elasticache", "cache.r7g.large");

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
            ComponentCost cost = model.price(busy(s.service()));
            if (s.free()) {
                assertTrue(cost.lines().isEmpty(), s.service() + " is free but has lines");
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
    void aFreeServiceSaysWhy() throws IllegalAccessException {
        PricedService free = PricedService.free("aws.example", "billed as the instances it runs on");
        assertTrue(free.free());
        assertEquals(List.of(), free.components(busy("aws.vpc")));
        try {
            PricedService.free("aws.example", " ");
            fail("a free service without a reason");
        } catch (IllegalArgumentException expected) {
            // expected
        }
    }

    /** A component of {@code service} with every usage quantity and a full sizing. */
    static Component busy(String service) throws IllegalAccessException {
        Component.Builder b = Component.builder("use1.x", ServiceCatalog.aws().get(service).role(), service, "x")
                .placement(Placement.regional("us-east-1", List.of("us-east-1a", "us-east-1b")))
                .sizing(new Sizing(SKU.getOrDefault(service, "1vCPU-2GB"), 1.0, 2.0, 2, 2, 4, 100.0, 1, 1, null));
        if (service.equals("aws.backup")) {
            b.set(dev.cloudwright.model.Keys.BACKUP_SOURCE, "rds");
        }
        for (Field f : Usage.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                b.usage((String) f.get(null), 1_000_000);
            }
        }
        return b.build();
    }
}
