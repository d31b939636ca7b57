package dev.cloudwright.pricing.importer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The sample price files of {@code src/test/resources/pricing/import/}, read as the import reads them. */
final class Samples {
    static final Path DIR = Path.of("src/test/resources/pricing/import");

    private Samples() {}

    static Path file(String name) {
        return DIR.resolve(name);
    }

    static PriceImport.Result read(String... names) {
        return PriceImport.read(Arrays.stream(names).map(Samples::file).toList());
    }

    /** The rows without their note: key, region, unit, usd, tier_from, source_url, source_date, confidence. */
    static List<String> rows(PriceImport.Result r) {
        return r.rows().stream().map(l -> l.substring(0, l.lastIndexOf('\t'))).toList();
    }

    /** The summary lines without the directory of the sample files. */
    static List<String> summary(PriceImport.Result r) {
        return r.summary().stream().map(l -> l.replace(DIR + "/", "")).toList();
    }
}
