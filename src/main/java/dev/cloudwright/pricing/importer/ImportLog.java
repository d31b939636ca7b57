package dev.cloudwright.pricing.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the import of one file did, for the summary on standard error: the format, how many records
 * (products, items, SKUs) it read, the rows it gave, the records skipped by reason, and warnings.
 */
final class ImportLog {
    final String file;
    final String noun;
    String format = "";
    int read;
    int rows;
    /** Skipped counts by what was skipped (the file's records, or prices within them) and reason. */
    private final Map<List<String>, Integer> skipped = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
            .thenComparing(k -> k.get(1)));
    private final List<String> warnings = new ArrayList<>();

    ImportLog(String file, String noun) {
        this.file = file;
        this.noun = noun;
    }

    /** One record (product, item, SKU) not imported, and why. */
    void skip(String reason) {
        skip(noun, reason);
    }

    /** One {@code what} (a record, or a price within a record: "prices") not imported, and why. */
    void skip(String what, String reason) {
        skipped.merge(List.of(what, reason), 1, Integer::sum);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    /** The summary lines, each starting with the file name: reasons by count (most first), then by name. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(file + ": " + format + ": " + count(read, noun) + " read, " + count(rows, "row") + " written");
        skipped.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<List<String>, Integer> e) -> !e.getKey().get(0).equals(noun))
                        .thenComparing(e -> -e.getValue()).thenComparing(e -> e.getKey().get(1)))
                .forEach(e -> out.add(file + ": skipped " + count(e.getValue(), e.getKey().get(0)) + ": " + e.getKey().get(1)));
        warnings.forEach(w -> out.add(file + ": warning: " + w));
        return out;
    }

    /** "1 product", "3 products", "2 SKUs", "1 price dimension". */
    static String count(int n, String noun) {
        return n + " " + (n == 1 ? singular(noun) : noun.endsWith("s") ? noun : noun + "s");
    }

    private static String singular(String noun) {
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }
}
