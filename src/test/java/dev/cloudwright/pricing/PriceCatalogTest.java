package dev.cloudwright.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cloudwright.core.DataFileException;
import dev.cloudwright.core.Tsv;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    @Test
    void unitsParseIntoAMultiplierAndAMeasure() {
        assertEquals(new CatalogUnit(1e6, Measure.REQUESTS), CatalogUnit.parse("1M requests"));
        assertEquals(new CatalogUnit(1e4, Measure.REQUESTS), CatalogUnit.parse("10K requests"));
        assertEquals(new CatalogUnit(1e3, Measure.REQUESTS), CatalogUnit.parse("1K requests"));
        assertEquals(new CatalogUnit(1e5, Measure.EVENTS), CatalogUnit.parse("100K events"));
        assertEquals(new CatalogUnit(1e6, Measure.QUERIES), CatalogUnit.parse("1M queries"));
        assertEquals(new CatalogUnit(1e3, Measure.OBJECT_MONTHS), CatalogUnit.parse("1K objects-month"));
        assertEquals(new CatalogUnit(1, Measure.GB_MONTH), CatalogUnit.parse("GB-month"));
        assertEquals(new CatalogUnit(1, Measure.HOUR), CatalogUnit.parse("hour"));
        for (String bad : new String[] {"", "1.5M requests", "M requests", "1M", "1X requests", "per 1M requests", "hours", "1M  requests"}) {
            assertThrows(IllegalArgumentException.class, () -> CatalogUnit.parse(bad), bad);
        }
    }

    /** The multipliers the catalog writes before a measure, and how many base units each one is. */
    static final Map<String, Double> MULTIPLES = Map.of("", 1.0, "1K", 1e3, "10K", 1e4, "100K", 1e5, "1M", 1e6);

    @Test
    void everyUnitInTheCatalogParsesToTheQuantityItStates() {
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/prices.tsv")) {
            String unit = r.get("unit");
            CatalogUnit u = CatalogUnit.parse(unit);
            int space = unit.indexOf(' ');
            String multiple = space < 0 ? "" : unit.substring(0, space);
            assertTrue(MULTIPLES.containsKey(multiple), "prices.tsv:" + r.line() + ": a multiple this test does not know: " + unit);
            assertEquals(MULTIPLES.get(multiple), u.size(), 0, "prices.tsv:" + r.line() + ": " + unit);
            assertEquals(unit.substring(space + 1), u.measure().token(), "prices.tsv:" + r.line());
        }
    }

    @Test
    void anUnparseableUnitIsADataFileErrorWithItsLine() {
        DataFileException e = assertThrows(DataFileException.class,
                () -> PriceCatalog.build("prices.tsv", List.of(row(7, "x.requests", "us-east-1", "1.5M requests", "0"))));
        assertTrue(e.getMessage().startsWith("prices.tsv:7: unit '1.5M requests'"), e.getMessage());
    }

    @Test
    void aKeyIsPricedInOneUnitEverywhere() {
        DataFileException e = assertThrows(DataFileException.class, () -> PriceCatalog.build("prices.tsv",
                List.of(row(5, "x.requests", "us-east-1", "1M requests", "0"), row(6, "x.requests", "eu-west-1", "1K requests", "0"))));
        assertTrue(e.getMessage().startsWith("prices.tsv:6: x.requests is priced per '1K requests' here but per '1M requests' at line 5"),
                e.getMessage());
    }

    @Test
    void baseQuantitiesAreDividedByTheRowsOwnUnit() {
        PriceCatalog.Price p = catalog.quote(PriceKeys.LAMBDA_REQUESTS, "us-east-1").price();
        assertEquals(1e6, p.unitSize(), 0);
        // $0.20 per 1M requests (prices.tsv): 3,000,000 requests cost 3 x 0.20 = $0.60
        assertEquals(0.60, p.costFor(3_000_000), 1e-12);
    }

    static Tsv.Row row(int line, String key, String region, String unit, String tierFrom) {
        Map<String, String> v = new HashMap<>();
        v.put("key", key);
        v.put("region", region);
        v.put("unit", unit);
        v.put("usd", "0.2");
        v.put("tier_from", tierFrom);
        v.put("source_url", "test");
        v.put("source_date", "2026-01-01");
        v.put("confidence", "V");
        return new Tsv.Row("prices.tsv", line, v);
    }
}
