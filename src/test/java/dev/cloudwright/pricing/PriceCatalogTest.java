package dev.cloudwright.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.core.Tsv;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCatalogTest {
    final PriceCatalog catalog = PriceCatalog.aws();

    @Test
    void tieredPricesWalkTheTiers() {
        PriceCatalog.Price p = new PriceCatalog.Price("x", "r", "GB", List.of(new PriceCatalog.Tier(0, 0.09), new PriceCatalog.Tier(10240, 0.085),
                new PriceCatalog.Tier(51200, 0.07)), "s", "d");
        assertEquals(0, p.cost(0), 1e-12);
        assertEquals(100 * 0.09, p.cost(100), 1e-9);
        assertEquals(10240 * 0.09 + (20000 - 10240) * 0.085, p.cost(20000), 1e-9);
        assertEquals(10240 * 0.09 + 40960 * 0.085 + 1000 * 0.07, p.cost(52200), 1e-9);
    }

    @Test
    void aFreeAllowanceBecomesAZeroPricedFirstTier() {
        PriceCatalog.Price p = catalog.find("securityhub.finding", "us-east-1").orElseThrow().price();
        assertEquals(0, p.cost(10_000), 1e-12);
        assertTrue(p.cost(20_000) > 0);
    }

    @Test
    void missingRegionFallsBackToTheReferenceRegionAndSaysSo() {
        PriceCatalog.Quote q = catalog.find("secretsmanager.secret", "ap-southeast-2").orElseThrow();
        assertTrue(q.substitute());
        assertEquals("us-east-1", q.price().region());
        PriceCatalog.Quote own = catalog.find("fargate.vcpu.x86", "eu-central-1").orElseThrow();
        assertFalse(own.substitute());
    }

    @Test
    void everyPriceRowHasASourceDateAndConfidence() {
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/prices.tsv")) {
            assertFalse(r.get("source_url").isBlank(), "no source at line " + r.line());
            assertFalse(r.get("source_date").isBlank(), "no date at line " + r.line());
            assertTrue(r.get("confidence").startsWith("V") || r.get("confidence").startsWith("S"), "confidence at line " + r.line());
            assertTrue(r.number("usd") >= 0, "negative price at line " + r.line());
        }
    }
}
