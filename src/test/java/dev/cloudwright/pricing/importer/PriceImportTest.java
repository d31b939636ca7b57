package dev.cloudwright.pricing.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.Problem;
import dev.cloudwright.pricing.PriceCatalog;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import as a whole: formats told from content, rows that load as a price book, conflicts, and located errors. */
class PriceImportTest {
    static final String[] ALL = {"aws-offer-ec2.json", "aws-offer-rds.json", "aws-offer-ecs.json", "aws-getproducts-lambda.json",
        "aws-getproducts-s3.json", "azure-retail.json", "gcp-skus.json"};

    @TempDir
    Path tmp;

    @Test
    void everySampleRowLoadsAsAPriceBookOverTheBundledCatalog() throws IOException {
        PriceImport.Result r = Samples.read(ALL);
        assertEquals(56, r.rows().size());
        Files.writeString(tmp.resolve("prices.tsv"), r.tsv());
        PriceCatalog book = PriceCatalog.aws().withPriceBook(tmp);
        for (String row : r.rows()) {
            String[] c = row.split("\t", -1);
            assertEquals(9, c.length, row);
            PriceCatalog.Quote q = book.find(c[0], c[1]).orElseThrow(() -> new AssertionError("not loaded: " + row));
            assertTrue(q.fromPriceBook(), row);
            assertFalse(q.substitute(), row);
            assertEquals(c[2], q.price().unit());
            double from = Double.parseDouble(c[4]);
            assertTrue(q.price().tiers().stream().anyMatch(t -> t.from() == from && t.usd() == Double.parseDouble(c[3])), row);
        }
        assertEquals(0.0816, book.quote("ec2.m7g.large", "us-east-1").price().firstTierUsd(), 0);
        assertEquals(0.2 * 3, book.quote("lambda.requests", "us-east-1").price().costFor(3_000_000), 1e-12);
    }

    @Test
    void theOutputIsTheSameWhateverTheOrderOfTheFiles() {
        List<String> names = new ArrayList<>(List.of(ALL));
        String once = Samples.read(ALL).tsv();
        Collections.reverse(names);
        assertEquals(once, Samples.read(names.toArray(String[]::new)).tsv());
        assertEquals(once, Samples.read(ALL).tsv());
        assertTrue(once.startsWith("# Catalog rows imported by 'cloudwright prices import'"), once);
        assertEquals("key\tregion\tunit\tusd\ttier_from\tsource_url\tsource_date\tconfidence\tnote", once.lines().skip(1).findFirst().orElseThrow());
    }

    @Test
    void pricesAreExactDecimals() {
        // 0.0000166667 per GB-second read as a double would print as 1.66667E-5; a float would round it.
        assertTrue(Samples.read("aws-getproducts-lambda.json").rows().stream().anyMatch(r -> r.contains("\t0.0000166667\t0\t")));
        assertEquals("0.12345", CatalogRow.plain(new BigDecimal("0.0000001234500").multiply(new BigDecimal(1_000_000))));
        assertEquals("51200", CatalogRow.plain(new BigDecimal("51200.000")));
        assertEquals("0", CatalogRow.plain(new BigDecimal("0E-10")));
    }

    @Test
    void identicalPricesAreWrittenOnceAndConflictingOnesNotAtAll() throws IOException {
        Path a = offer("a.json", "0.0816000000", "0.0450000000");
        Path b = offer("b.json", "0.0816", "0.0500000000");
        PriceImport.Result r = PriceImport.read(List.of(a, b));
        assertEquals(List.of("ec2.m7g.large\tus-east-1\thour\t0.0816\t0\ta.json\t2025-08-01\tV"), Samples.rows(r));
        assertEquals(List.of(
                a + ": AWS Price List bulk offer AmazonEC2 (version 1, published 2025-08-01): 2 products read, 1 row written",
                a + ": skipped 1 price: conflicting prices for one key, region and tier (none written)",
                a + ": warning: vpc.nat in us-east-1 from 0 has conflicting prices: 0.045 (sku N in " + a + "), 0.05 (sku N in " + b + ");"
                        + " none written",
                b + ": AWS Price List bulk offer AmazonEC2 (version 1, published 2025-08-01): 2 products read, 0 rows written",
                b + ": skipped 1 price: conflicting prices for one key, region and tier (none written)",
                b + ": skipped 1 price: the same price as another record's"), r.summary());
    }

    private Path offer(String name, String ec2, String nat) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, "{\"offerCode\": \"AmazonEC2\", \"version\": \"1\", \"publicationDate\": \"2025-08-01T00:00:00Z\", \"products\": {"
                + "\"E\": {\"sku\": \"E\", \"productFamily\": \"Compute Instance\", \"attributes\": {\"regionCode\": \"us-east-1\", \"instanceType\":"
                + " \"m7g.large\", \"operatingSystem\": \"Linux\", \"tenancy\": \"Shared\"}},"
                + "\"N\": {\"sku\": \"N\", \"productFamily\": \"NAT Gateway\", \"attributes\": {\"regionCode\": \"us-east-1\", \"usagetype\": \"NatGateway-Hours\"}}},"
                + "\"terms\": {\"OnDemand\": {" + term("E", ec2) + ", " + term("N", nat) + "}}}");
        return f;
    }

    private static String term(String sku, String usd) {
        return "\"" + sku + "\": {\"" + sku + ".T\": {\"offerTermCode\": \"T\", \"priceDimensions\": {\"" + sku + ".T.R\": {\"rateCode\": \"" + sku
                + ".T.R\", \"unit\": \"Hrs\", \"beginRange\": \"0\", \"pricePerUnit\": {\"USD\": \"" + usd + "\"}}}}}";
    }

    private List<String> problems(Path... files) {
        InputException e = assertThrows(InputException.class, () -> PriceImport.read(List.of(files)));
        return e.problems().stream().sorted(Problem.ORDER).map(Problem::format).toList();
    }

    private Path write(String name, String text) throws IOException {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void malformedFilesAreOneLocatedProblemEach() throws IOException {
        Path syntax = write("syntax.json", "{\n  \"Items\": [\n    {\"currencyCode\": \"USD\",}\n  ]\n}\n");
        Path unknown = write("unknown.json", "{\n  \"prices\": []\n}\n");
        Path index = write("index.json", "{\"formatVersion\": \"v1.0\", \"offers\": {}}");
        Path array = write("array.json", "[1, 2]");
        Path type = write("type.json", "{\"offerCode\": \"AmazonEC2\", \"version\": \"1\",\n \"products\": [], \"terms\": {}}");
        Path price = write("price.json", "{\"offerCode\": \"AmazonEC2\", \"version\": \"1\", \"products\": {\"E\": {\"sku\": \"E\"}},\n"
                + " \"terms\": {\"OnDemand\": {" + term("E", "cheap") + "}}}");
        Path date = write("date.json", "{\"offerCode\": \"AmazonEC2\", \"version\": \"1\", \"publicationDate\": \"August\", \"products\": {}, \"terms\": {}}");
        Path empty = write("empty.json", "");
        assertEquals(List.of(
                array + ":1:1: error: not a price file this import reads: expected an AWS Price List bulk offer (offerCode, products, terms),"
                        + " a GetProducts result (PriceList), an Azure Retail Prices page (Items) or a Cloud Billing SKU list (skus)",
                date + ":1:63: error: \"publicationDate\" must be a date (YYYY-MM-DD, optionally followed by a time), not \"August\"",
                empty + ":1:1: error: invalid JSON: unexpected end of input, expected a value",
                index + ":1:1: error: this is an AWS Price List index file; import the offer files it lists (their currentVersionUrl)",
                price + ":2:170: error: \"USD\" must be a decimal number, not \"cheap\"",
                syntax + ":3:28: error: invalid JSON: unexpected character '}', expected a quoted object key",
                type + ":2:14: error: \"products\" must be an object, not an array",
                unknown + ":1:1: error: not a price file this import reads: expected an AWS Price List bulk offer (offerCode, products, terms),"
                        + " a GetProducts result (PriceList), an Azure Retail Prices page (Items) or a Cloud Billing SKU list (skus)"),
                problems(syntax, unknown, index, array, type, price, date, empty));
    }

    @Test
    void missingRequiredMembersAreNamed() throws IOException {
        Path azure = write("azure.json", "{\"Items\": [\n  {\"currencyCode\": \"USD\", \"retailPrice\": 1}\n]}");
        assertEquals(List.of(azure + ":2:3: error: missing \"unitOfMeasure\" (a string)"), problems(azure));
        Path gcp = write("gcp.json", "{\"skus\": [{\"skuId\": \"S\", \"description\": \"d\", \"category\": {}}]}");
        assertEquals(List.of(gcp + ":1:58: error: missing \"serviceDisplayName\" (a string)"), problems(gcp));
    }

    @Test
    void unreadableFilesAreProblemsToo() throws IOException {
        Path missing = tmp.resolve("missing.json");
        assertEquals(List.of(missing + ": error: no such file or directory"), problems(missing));
        assertEquals(List.of(tmp + ": error: a directory, not a price file"), problems(tmp));
        Path latin1 = tmp.resolve("latin1.json");
        Files.write(latin1, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
        assertEquals(List.of(latin1 + ": error: not UTF-8 text"), problems(latin1));
        Path big = write("big.json", "{\"skus\": []}");
        System.setProperty(PriceImport.MAX_BYTES_PROPERTY, "4");
        try {
            assertEquals(List.of(big + ": error: file is 12 bytes, over the 4-byte limit for a price file (-Dcloudwright.maxImportBytes=BYTES"
                    + " raises it; a regional offer file or a filtered GetProducts result is smaller)"), problems(big));
        } finally {
            System.clearProperty(PriceImport.MAX_BYTES_PROPERTY);
        }
    }
}
