package dev.cloudwright.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the catalog holds, filtered and formatted. */
class PriceListingTest {
    final PriceCatalog catalog = PriceCatalog.aws();

    @Test
    void aServiceIsTheKeysFirstPart() {
        List<PriceCatalog.Price> rds = PriceListing.select(catalog, new PriceListing.Filter("rds", null, null));
        assertTrue(rds.size() > 10);
        assertTrue(rds.stream().allMatch(p -> p.key().startsWith("rds.")), "rds lists rds.*, not aurora.*");
        List<PriceCatalog.Price> eu = PriceListing.select(catalog, new PriceListing.Filter("rds", "eu-west-1", null));
        assertTrue(eu.stream().allMatch(p -> p.key().startsWith("rds.") && p.region().equals("eu-west-1")), eu.toString());
        assertTrue(eu.stream().map(PriceCatalog.Price::key).toList().contains("rds.gp3.single"), eu.toString());
        assertEquals(eu.stream().map(PriceCatalog.Price::key).sorted().toList(), eu.stream().map(PriceCatalog.Price::key).toList(), "sorted by key");
        List<PriceCatalog.Price> prefix = PriceListing.select(catalog, new PriceListing.Filter(null, "us-east-1", "rds.postgresql.db.t4g.micro"));
        assertEquals(List.of("rds.postgresql.db.t4g.micro.multi", "rds.postgresql.db.t4g.micro.single"),
                prefix.stream().map(PriceCatalog.Price::key).filter(k -> !k.contains("/")).toList());
        // the committed-use prices of a key list after it, under their own keys
        assertTrue(prefix.stream().map(PriceCatalog.Price::key).toList().contains("rds.postgresql.db.t4g.micro.single/reserved-standard/1y/no-upfront"),
                prefix.toString());
        assertTrue(PriceListing.services(catalog).containsAll(List.of("ec2", "rds", "aurora", "vpc", "dt")));
        assertTrue(PriceListing.regions(catalog).containsAll(List.of("us-east-1", "eu-west-1", "global")));
    }

    @Test
    void tiersAreListedWithWhereTheyStart() {
        PriceCatalog.Price egress = catalog.quote("dt.internet", "us-east-1").price();
        assertEquals("0.09; 0.085 from 10240; 0.07 from 51200; 0.05 from 153600", PriceListing.tiers(egress));
        assertEquals("0.0000133334", PriceListing.tiers(catalog.quote("lambda.gbs.arm", "eu-west-1").price()), "no exponent");
    }

    @Test
    void theTableAndTheJsonOfOnePrice() {
        List<PriceCatalog.Price> one = PriceListing.select(catalog, new PriceListing.Filter("vpc", "eu-west-1", "vpc.nat.gb"));
        PriceCatalog.Price p = one.get(0);
        String table = PriceListing.table(one);
        assertEquals(2, table.lines().count(), table);
        assertTrue(table.startsWith("KEY         REGION     UNIT  USD    DATE        CONFIDENCE  ORIGIN   SOURCE\n"), table);
        assertTrue(table.contains("vpc.nat.gb  eu-west-1  GB    0.048  " + p.date() + "  " + p.confidence() + "           bundled  " + p.source()), table);
        assertEquals("[\n  {\n    \"key\": \"vpc.nat.gb\",\n    \"region\": \"eu-west-1\",\n    \"unit\": \"GB\",\n    \"tiers\": [\n      {\n"
                + "        \"from\": 0,\n        \"usd\": 0.048\n      }\n    ],\n    \"source\": \"" + p.source() + "\",\n    \"date\": \"" + p.date()
                + "\",\n    \"confidence\": \"" + p.confidence() + "\"\n  }\n]\n", PriceListing.json(one));
    }
}
