package dev.cloudwright.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's price book over the bundled catalog: what replaces, what is added, and every bad row located. */
class PriceBookTest {
    static final String HEADER = "key\tregion\tunit\tusd\ttier_from\tsource_url\tsource_date\tconfidence\tnote\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private List<String> problems(Path book) {
        InputException e = assertThrows(InputException.class, () -> PriceCatalog.aws().withPriceBook(book));
        return e.problems().stream().sorted(Problem.ORDER).map(Problem::format).toList();
    }

    @Test
    void aBookPriceReplacesTheBundledOneAndNewKeysAreAdded() throws IOException {
        write("negotiated.tsv", "# our contract\n" + HEADER
                + "ec2.m7g.large\teu-west-1\thour\t0.07\t0\tcontract-2026.pdf\t2026-01-15\tcontract\t-12%\n"
                + "dt.internet\tus-east-1\tGB\t0.05\t0\tcontract-2026.pdf\t2026-01-15\t\t\n"
                + "azure.virtual-machines.d2-v5\twesteurope\thour\t0.096\t0\tprices.json\t2026-02-01\tV\t\n");
        PriceCatalog bundled = PriceCatalog.aws();
        PriceCatalog book = bundled.withPriceBook(dir);

        PriceCatalog.Quote ec2 = book.quote("ec2.m7g.large", "eu-west-1");
        assertTrue(ec2.fromPriceBook());
        assertEquals(0.07, ec2.price().firstTierUsd(), 0);
        assertEquals("contract-2026.pdf", ec2.price().source());
        assertEquals("contract", ec2.price().confidence());
        assertEquals(dir.resolve("negotiated.tsv") + ":3:1", ec2.price().book().toString());

        PriceCatalog.Quote egress = book.quote("dt.internet", "us-east-1");
        assertEquals(List.of(new PriceCatalog.Tier(0, 0.05)), egress.price().tiers(), "the book's tiers replace all the bundled tiers");
        assertTrue(egress.fromPriceBook());

        assertFalse(book.quote("ec2.m7g.large", "us-east-1").fromPriceBook(), "other regions keep the bundled price");
        assertEquals(0.0816, book.quote("ec2.m7g.large", "us-east-1").price().firstTierUsd(), 0);
        assertTrue(book.find("azure.virtual-machines.d2-v5", "westeurope").orElseThrow().fromPriceBook());
        assertTrue(bundled.find("azure.virtual-machines.d2-v5", "westeurope").isEmpty(), "the bundled catalog is unchanged");
        assertFalse(bundled.quote("ec2.m7g.large", "eu-west-1").fromPriceBook());
        assertNull(bundled.quote("ec2.m7g.large", "eu-west-1").price().book());
        assertEquals(bundled.all().size() + 1, book.all().size());
    }

    @Test
    void everyTsvFileInTheDirectoryIsReadAndOtherFilesAreNot() throws IOException {
        write("a.tsv", HEADER + "x.one\tus-east-1\thour\t1\t0\ta\t2026-01-01\tV\t\n");
        write("b.tsv", HEADER + "x.two\tus-east-1\tGB\t2\t0\tb\t2026-01-01\tV\t\nx.two\tus-east-1\tGB\t1.5\t100\tb\t2026-01-01\tV\t\n");
        write("notes.txt", "not a price book");
        PriceCatalog book = PriceCatalog.aws().withPriceBook(dir);
        assertEquals(1, book.quote("x.one", "us-east-1").price().firstTierUsd(), 0);
        assertEquals(100 * 2 + 50 * 1.5, book.quote("x.two", "us-east-1").price().cost(150), 1e-9);
        PriceCatalog one = PriceCatalog.aws().withPriceBook(dir.resolve("a.tsv"));
        assertTrue(one.find("x.one", "us-east-1").isPresent());
        assertTrue(one.find("x.two", "us-east-1").isEmpty(), "a file names itself only");
    }

    @Test
    void badRowsAreReportedWithFileLineAndColumn() throws IOException {
        Path f = write("bad.tsv", HEADER
                + "lambda.requests\tus-east-1\t1K requests\t0.0002\t0\ts\t2026-01-01\tV\t\n"
                + "x.a\tus-east-1\thours\t1\t0\ts\t2026-01-01\tV\t\n"
                + "x.b\tus-east-1\thour\tcheap\t0\ts\t2026-01-01\tV\t\n"
                + "x.c\tus-east-1\thour\t1\t-5\ts\t2026-01-01\tV\t\n"
                + "x.d\tus-east-1\thour\t1\t0\t\t2026-01-01\tV\t\n"
                + "x.e\tus-east-1\thour\t1\t0\ts\t2026-01-01\tV\t\n"
                + "x.e\tus-east-1\thour\t2\t0\ts\t2026-01-01\tV\t\n"
                + "x.e\teu-west-1\tGB\t2\t0\ts\t2026-01-01\tV\t\n"
                + "x.f\tus-east-1\thour\t1\t0\ts\t2026-01-01\tV\tnote\textra\n");
        assertEquals(List.of(
                f + ":2:27: error: lambda.requests is priced per '1M requests' in the catalog; a price book row must use the same unit",
                f + ":3:15: error: price book: unit 'hours': unknown measure 'hours' (known: " + known() + ")",
                f + ":4:20: error: price book: usd 'cheap' is not a decimal number (e.g. 0.0816)",
                f + ":5:22: error: price book: tier_from -5 is negative",
                f + ":6:24: error: price book: source_url is empty",
                f + ":8:22: error: x.e in us-east-1 from 0 is priced twice: also at " + f + ":7:1",
                f + ":9:15: error: x.e is priced per 'GB' here but per 'hour' at " + f + ":7:1",
                f + ":10:44: error: price book: 10 cells, the header has 9"), problems(f));
    }

    private static String known() {
        StringBuilder b = new StringBuilder();
        for (Measure m : Measure.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(m.token());
        }
        return b.toString();
    }

    @Test
    void aBadHeaderOrAMissingBookIsOneClearProblem() throws IOException {
        Path typo = write("typo.tsv", "key\tregion\tunit\tusdd\ttier_from\tsource_url\tsource_date\n");
        assertEquals(List.of(typo + ":1:17: error: price book: unknown column 'usdd' (did you mean `usd`?); columns: key, region, unit, usd,"
                + " tier_from, source_url, source_date, confidence, note"), problems(typo));
        Path lacking = write("lacking.tsv", "# only a comment\nkey\tregion\tunit\tusd\n");
        assertEquals(List.of(lacking + ":2:1: error: price book: the header lacks tier_from, source_url, source_date"), problems(lacking));
        Path empty = write("empty.tsv", "# nothing\n");
        assertEquals(List.of(empty + ": error: price book: no header line (key, region, unit, usd, tier_from, source_url, source_date)"),
                problems(empty));
        assertEquals(List.of(dir.resolve("nowhere") + ": error: price book: no such file or directory"), problems(dir.resolve("nowhere")));
        Path none = Files.createDirectory(dir.resolve("none"));
        assertEquals(List.of(none + ": error: price book: no .tsv files in the directory"), problems(none));
    }
}
