package dev.cloudwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** prices import and prices list on the command line: output, summary, exit codes. */
class PricesCommandTest {
    static final Path SAMPLES = Path.of("src/test/resources/pricing/import");

    @TempDir
    Path tmp;

    @Test
    void importPrintsRowsAndTheSummaryGoesToStandardError() {
        Cli c = Cli.run("prices", "import", SAMPLES.resolve("aws-offer-rds.json").toString());
        assertEquals(0, c.code(), c.err());
        List<String> lines = c.out().lines().toList();
        assertEquals("key\tregion\tunit\tusd\ttier_from\tsource_url\tsource_date\tconfidence\tnote", lines.get(1));
        assertEquals(2 + 5, lines.size(), c.out());
        assertTrue(lines.get(5).startsWith("rds.postgresql.db.m7g.large.single\tus-east-1\thour\t0.168\t0\taws-offer-rds.json\t2025-08-05\tV\t"), c.out());
        assertTrue(c.err().startsWith(SAMPLES.resolve("aws-offer-rds.json") + ": AWS Price List bulk offer AmazonRDS (version 20250805093000,"
                + " published 2025-08-05): 7 products read, 5 rows written\n"), c.err());
        assertTrue(c.err().contains(": skipped 1 product: RDS: engine 'Oracle'"), c.err());
    }

    @Test
    void importIntoADirectoryMakesAPriceBookThatListReads() throws IOException {
        Path book = tmp.resolve("book");
        Cli c = Cli.run("prices", "import", SAMPLES.resolve("aws-offer-ec2.json").toString(), SAMPLES.resolve("azure-retail.json").toString(),
                "--into", book.toString());
        assertEquals(0, c.code(), c.err());
        assertEquals("", c.out());
        assertTrue(c.err().endsWith("Wrote " + book.resolve("prices.tsv") + " (22 rows)\n"), c.err());
        assertTrue(Files.readString(book.resolve("prices.tsv")).contains("\nvpc.nat\tus-east-1\thour\t0.045\t0\taws-offer-ec2.json\t2025-08-01\tV\t"));

        Cli list = Cli.run("prices", "list", "--prices", book.toString(), "--service", "vpc", "--region", "us-east-1", "--key-prefix", "vpc.nat");
        assertEquals(0, list.code(), list.err());
        List<String> rows = list.out().lines().toList();
        assertEquals(3, rows.size(), list.out());
        assertTrue(rows.get(1).matches("vpc\\.nat +us-east-1 +hour +0\\.045 +2025-08-01 +V +" + book.resolve("prices.tsv") + ":\\d+ +aws-offer-ec2\\.json"),
                rows.get(1));
        Cli azure = Cli.run("prices", "list", "--prices", book.toString(), "--service", "azure", "--format", "json");
        assertEquals(0, azure.code(), azure.err());
        assertTrue(azure.out().contains("\"key\": \"azure.virtual-machines.virtual-machines-dv5-series.d2-v5.reservation.3-years\""), azure.out());
        assertTrue(azure.out().contains("\"price_book\": \"" + book.resolve("prices.tsv") + ":"), azure.out());
    }

    @Test
    void malformedInputIsExitCodeTwoWithItsPositionAndNoStackTrace() throws IOException {
        Path bad = tmp.resolve("offer.json");
        Files.writeString(bad, "{\"offerCode\": \"AmazonEC2\",\n  \"version\": 1}");
        Cli c = Cli.run("prices", "import", bad.toString(), "--into", tmp.resolve("out").toString());
        assertEquals(2, c.code());
        assertEquals(bad + ":2:14: error: \"version\" must be a string, not a number\n", c.err());
        assertEquals("", c.out());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing is written when a file is bad");

        Path book = tmp.resolve("book.tsv");
        Files.writeString(book, "key\tregion\tunit\tusd\ttier_from\tsource_url\tsource_date\nx.y\tus-east-1\thour\tfree\t0\ts\t2026-01-01\n");
        Cli list = Cli.run("prices", "list", "--prices", book.toString());
        assertEquals(2, list.code());
        assertEquals(book + ":2:20: error: price book: usd 'free' is not a decimal number (e.g. 0.0816)\n", list.err());
    }

    @Test
    void listFiltersAndUsageErrors() {
        Cli rds = Cli.run("prices", "list", "--service", "rds", "--region", "eu-west-1");
        assertEquals(0, rds.code(), rds.err());
        List<String> keys = rds.out().lines().skip(1).map(l -> l.split(" ")[0]).toList();
        assertTrue(keys.contains("rds.gp3.single") && keys.stream().allMatch(k -> k.startsWith("rds.")), keys.toString());
        assertEquals(keys.stream().sorted().toList(), keys, "sorted by key");
        Cli none = Cli.run("prices", "list", "--service", "rds", "--region", "eu-west-1", "--key-prefix", "rds.oracle");
        assertEquals(0, none.code());
        assertEquals("", none.out());
        assertEquals("cloudwright: no prices match\n", none.err());
        Cli typo = Cli.run("prices", "list", "--region", "eu-west1");
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("cloudwright: --region eu-west1: the catalog has no prices for it (did you mean `eu-west-1`?); it has "), typo.err());
        Cli bare = Cli.run("prices");
        assertEquals(2, bare.code());
        assertTrue(bare.err().contains("a subcommand is required: import or list"), bare.err());
        Cli help = Cli.run("help");
        assertTrue(help.out().contains("prices"), help.out());
    }
}
