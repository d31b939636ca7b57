package dev.cloudwright.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Component;
import dev.cloudwright.pricing.AwsCostModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A composite below the target names the cheapest change that meets it, with its cost; never a silent contradiction. */
class AvailabilityOptionsTest {

    @Test
    void aSingleZoneDatabaseIsTheCheapestFixWhenItLimitsTheComposite() {
        // Staging runs a single-AZ database (RDS Single-AZ SLA 99.5%) and one task (the compute Instance-Level SLA, 99.5%)
        // while the target asks 99.9%.
        Design d = DesignSizingTest.design("""
                name: Staging API
                regions: [us-east-1]
                environment: staging
                workload:
                  requests_per_day: 2000000
                  longest_request_seconds: 60
                  database: { engine: postgresql, size_gb: 50 }
                availability: 99.9
                recovery: { rpo: 24h, rto: 24h }
                """);
        assertTrue(!d.availability().meetsTarget(), d.availability().toString());
        Design.AvailabilityOption best = d.availabilityOptions().get(0);
        assertTrue(best.meetsTarget(), d.availabilityOptions().toString());
        assertEquals("make us-east-1.app, us-east-1.db zone-redundant", best.change());
        // Its cost is the price difference of the database with a standby and of a second task.
        Component db = d.architecture().component("us-east-1.db").orElseThrow();
        Component app = d.architecture().component("us-east-1.app").orElseThrow();
        assertEquals(1, app.sizing().count());
        AwsCostModel m = AwsCostModel.standard();
        double multi = m.price(db.toBuilder().set(dev.cloudwright.model.Keys.DEPLOYMENT, dev.cloudwright.model.Deployment.MULTI_AZ).build()).monthlyUsd();
        double two = m.price(app.toBuilder().sizing(app.sizing().toBuilder().count(2).min(2).build()).build()).monthlyUsd();
        assertEquals(multi - m.price(db).monthlyUsd() + two - m.price(app).monthlyUsd(), best.monthlyUsd(), 0.01);
        assertTrue(d.wellArchitected().stream().filter(p -> p.pillar().equals("Reliability")).flatMap(p -> p.risks().stream())
                .anyMatch(r -> r.contains("The cheapest change that meets 99.9%: make us-east-1.app, us-east-1.db zone-redundant")), d.wellArchitected().toString());
    }

    @Test
    void aCdnThatCapsTheCompositeIsBypassedByDnsFailoverAndASecondRegionServes() {
        Design d = ExamplesTest.design("ecommerce.yaml");
        List<Design.AvailabilityOption> options = d.availabilityOptions();
        Design.AvailabilityOption best = options.get(0);
        assertTrue(best.meetsTarget());
        assertTrue(best.change().contains("Route 53 failover from CloudFront") && best.change().contains("active/active"), best.change());
        // Options are sorted: those meeting the target first, cheapest first.
        for (int i = 1; i < options.size(); i++) {
            Design.AvailabilityOption a = options.get(i - 1);
            Design.AvailabilityOption b = options.get(i);
            assertTrue(a.meetsTarget() && !b.meetsTarget() || a.meetsTarget() == b.meetsTarget() && a.monthlyUsd() <= b.monthlyUsd(), options.toString());
        }
    }

    @Test
    void aDesignThatMeetsItsTargetListsNoChanges() {
        Design d = ExamplesTest.design("regulated-api.yaml");
        assertEquals(d.availability().meetsTarget(), d.availabilityOptions().isEmpty());
    }
}
