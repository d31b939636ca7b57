package dev.cloudwright.pricing.importer;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * One catalog row read from a price file, in the columns of {@code aws/prices.tsv}. {@code origin} names the
 * product, item or SKU it came from (for messages about conflicting prices); {@code highest} says that several
 * prices may meet in this row and the highest is kept (transfer to another region, whatever the destination).
 */
record CatalogRow(String key, String region, String unit, BigDecimal usd, BigDecimal tierFrom, String source, String date,
        String confidence, String note, String origin, boolean highest) {
    static final String HEADER = "key\tregion\tunit\tusd\ttier_from\tsource_url\tsource_date\tconfidence\tnote";

    static final Comparator<CatalogRow> ORDER = Comparator.comparing(CatalogRow::key).thenComparing(CatalogRow::region)
            .thenComparing(CatalogRow::tierFrom);

    /** Where two rows would collide: one price per key, region and tier start. */
    String slot() {
        return key + "\t" + region + "\t" + plain(tierFrom);
    }

    CatalogRow withNote(String n) {
        return new CatalogRow(key, region, unit, usd, tierFrom, source, date, confidence, n, origin, highest);
    }

    String tsv() {
        return String.join("\t", key, region, unit, plain(usd), plain(tierFrom), clean(source), date, confidence, clean(note));
    }

    /** A decimal as written in the catalog: no exponent, no trailing zeros ({@code 0.0816}, {@code 51200}). */
    static String plain(BigDecimal v) {
        return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /** Text for a TSV cell: tabs, line breaks and runs of spaces become one space. */
    static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
