package dev.cloudwright.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.TestFiles;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.pricing.ComponentCost;
import dev.cloudwright.pricing.CostLine;
import dev.cloudwright.requirements.Requirements.Style;
import dev.cloudwright.requirements.RequirementsParser;
import dev.cloudwright.resilience.Strategy;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled examples exercise different paths through the designer; these tests pin the paths, not the prose. */
class ExamplesTest {
    static Design design(String file) {
        return new Designer().design(RequirementsParser.parseFile(TestFiles.example(file)));
    }

    @Test
    void ecommerceIsContainersWithPilotLightAndFlagsTheResidencyViolation() {
        Design d = design("ecommerce.yaml");
        assertEquals(Style.CONTAINERS, d.compute().chosen().style());
        assertEquals(Strategy.PILOT_LIGHT, d.disasterRecovery().strategy());
        assertTrue(d.disasterRecovery().met());
        assertTrue(d.escalations().stream().anyMatch(e -> e.topic().equals("Data residency") && e.severity() == Design.Escalation.Severity.BLOCKING));
        assertTrue(d.security().compliance().stream().anyMatch(s -> s.status() == dev.cloudwright.design.SecurityPlan.Status.VIOLATED && s.id().startsWith("Art. 44")));
        assertEquals("us-east-1", d.architecture().regions().get(0).region());
        assertEquals(RegionPlan.Part.STANDBY, d.architecture().regions().get(1).part());
    }

    @Test
    void startupIsServerlessInOneRegionWithBackupCopiesElsewhere() {
        Design d = design("startup.yaml");
        assertEquals(Style.SERVERLESS, d.compute().chosen().style());
        assertEquals(Strategy.BACKUP_RESTORE, d.disasterRecovery().strategy());
        assertFalse(d.disasterRecovery().regionProvided());
        assertEquals(RegionPlan.Part.RECOVERY, d.architecture().regions().get(1).part());
        assertTrue(d.architecture().components().stream().noneMatch(c -> c.service().equals("aws.alb")));
        assertTrue(d.architecture().components().stream().anyMatch(c -> c.service().equals("aws.lambda")));
    }

    @Test
    void regulatedApiIsWarmStandbyInsideTheEu() {
        Design d = design("regulated-api.yaml");
        assertEquals(Style.CONTAINERS, d.compute().chosen().style(), "45 s requests rule functions out");
        assertEquals(Strategy.WARM_STANDBY, d.disasterRecovery().strategy());
        assertTrue(d.disasterRecovery().met());
        assertTrue(d.architecture().regions().stream().allMatch(r -> r.geography().equals("eu")));
        assertTrue(d.security().residency().isEmpty());
        assertTrue(d.architecture().components().stream().anyMatch(c -> c.service().equals("aws.waf")), "PCI DSS 6.4.2 needs a WAF");
    }

    @Test
    void globalServiceIsActiveActiveOnAGlobalTable() {
        Design d = design("global-service.yaml");
        assertEquals(Strategy.ACTIVE_ACTIVE, d.disasterRecovery().strategy());
        assertEquals(RegionPlan.Part.ACTIVE, d.architecture().regions().get(1).part());
        assertEquals(2, d.availability().servingRegions());
        Component db = d.architecture().component("us-west-2.db").orElseThrow();
        assertEquals("aws.dynamodb", db.service());
        assertEquals(java.util.List.of("us-east-1", "us-west-2"), db.value(dev.cloudwright.model.Keys.GLOBAL_TABLE_REGIONS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce.yaml", "startup.yaml", "regulated-api.yaml", "global-service.yaml"})
    void everyComponentIsPricedFromTheCatalogAndTheTotalAddsUp(String file) {
        Design d = design(file);
        double sum = 0;
        for (ComponentCost c : d.cost().components()) {
            for (CostLine l : c.lines()) {
                assertFalse(l.unpriced(), () -> file + ": no catalog price for " + l.priceKey());
            }
            sum += c.lines().stream().mapToDouble(CostLine::monthlyUsd).sum();
        }
        assertEquals(sum, d.cost().monthlyUsd(), 1e-6);
        assertEquals(d.architecture().components().size(), d.cost().components().size());
        double shares = d.cost().byService().stream().mapToDouble(s -> s.fraction()).sum();
        assertEquals(1.0, shares, 1e-9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce.yaml", "startup.yaml", "regulated-api.yaml", "global-service.yaml"})
    void theModelIsConsistent(String file) {
        Design d = design(file);
        Set<String> ids = new HashSet<>();
        for (Component c : d.architecture().components()) {
            assertTrue(ids.add(c.id()), "duplicate id " + c.id());
        }
        d.architecture().connections().forEach(k -> {
            assertTrue(ids.contains(k.from()), file + ": connection from unknown " + k.from());
            assertTrue(ids.contains(k.to()), file + ": connection to unknown " + k.to());
        });
        // the failover procedure's steps add up to the stated recovery time
        double steps = d.disasterRecovery().chosen().steps().stream().filter(s -> s.counted()).mapToDouble(s -> s.minutes()).sum();
        assertEquals(steps, d.disasterRecovery().chosen().rtoMinutes(), 1e-9);
        // every assumption the design read is listed
        assertFalse(d.assumptions().isEmpty());
    }
}
