package dev.cloudwright.pricing;

import dev.cloudwright.core.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a catalog holds, for people ({@link #table}) and programs ({@link #json}): one entry per key and region
 * with its unit, its tiers, source, date and confidence, and the price book row that set it, if one did. Sorted
 * by key and region.
 */
public final class PriceListing {
    private PriceListing() {}

    /**
     * Which prices to list; null fields do not filter. {@code service} is a key's first part ({@code rds} lists
     * {@code rds.*}, not {@code aurora.*}); {@code region} is matched exactly; {@code keyPrefix} starts the key.
     */
    public record Filter(String service, String region, String keyPrefix) {
        boolean matches(PriceCatalog.Price p) {
            return (service == null || p.key().startsWith(service + "."))
                    && (region == null || p.region().equals(region))
                    && (keyPrefix == null || p.key().startsWith(keyPrefix));
        }
    }

    public static List<PriceCatalog.Price> select(PriceCatalog catalog, Filter filter) {
        return catalog.all().stream().filter(filter::matches).toList();
    }

    /** The services (first key parts) the catalog prices, sorted. */
    public static TreeSet<String> services(PriceCatalog catalog) {
        TreeSet<String> s = new TreeSet<>();
        catalog.all().forEach(p -> s.add(p.key().substring(0, p.key().contains(".") ? p.key().indexOf('.') : p.key().length())));
        return s;
    }

    /** The regions the catalog has prices for ({@code global} included), sorted. */
    public static TreeSet<String> regions(PriceCatalog catalog) {
        TreeSet<String> s = new TreeSet<>();
        catalog.all().forEach(p -> s.add(p.region()));
        return s;
    }

    /** An aligned table: key, region, unit, USD by tier, date, confidence, origin (bundled or the price book row), source. */
    public static String table(List<PriceCatalog.Price> prices) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"KEY", "REGION", "UNIT", "USD", "DATE", "CONFIDENCE", "ORIGIN", "SOURCE"});
        for (PriceCatalog.Price p : prices) {
            rows.add(new String[] {p.key(), p.region(), p.unit(), tiers(p), p.date(), p.confidence().isEmpty() ? "-" : p.confidence(),
                p.fromPriceBook() ? origin(p) : "bundled", p.source()});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                b.append(r[i]);
                if (i + 1 < r.length) {
                    b.append(" ".repeat(width[i] - r[i].length() + 2));
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** {@code 0.09}, or {@code 0.09; 0.085 from 10240; 0.07 from 51200} for a tiered price. */
    static String tiers(PriceCatalog.Price p) {
        StringBuilder b = new StringBuilder();
        for (PriceCatalog.Tier t : p.tiers()) {
            if (b.length() > 0) {
                b.append("; ");
            }
            b.append(decimal(t.usd()));
            if (t.from() > 0) {
                b.append(" from ").append(decimal(t.from()));
            }
        }
        return b.toString();
    }

    /** A JSON array: one object per price with its tiers; {@code price_book} only for a price book's prices. */
    public static String json(List<PriceCatalog.Price> prices) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PriceCatalog.Price p : prices) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", p.key());
            m.put("region", p.region());
            m.put("unit", p.unit());
            List<Map<String, Object>> tiers = new ArrayList<>();
            for (PriceCatalog.Tier t : p.tiers()) {
                Map<String, Object> tier = new LinkedHashMap<>();
                tier.put("from", new BigDecimal(decimal(t.from())));
                tier.put("usd", new BigDecimal(decimal(t.usd())));
                tiers.add(tier);
            }
            m.put("tiers", tiers);
            m.put("source", p.source());
            m.put("date", p.date());
            m.put("confidence", p.confidence());
            m.put("price_book", p.fromPriceBook() ? origin(p) : null);
            out.add(m);
        }
        return Json.pretty(out);
    }

    /** The price book file and line a price was read from. */
    static String origin(PriceCatalog.Price p) {
        return p.book().file() + ":" + p.book().line();
    }

    /** A price as its shortest decimal text ({@code 0.0000133334}, {@code 51200}), never an exponent. */
    static String decimal(double v) {
        return v == 0 ? "0" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
