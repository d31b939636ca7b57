package dev.cloudwright.pricing;

import dev.cloudwright.core.Tsv;
import java.util.LinkedHashMap;
import java.util.Map;

/** Published discounts off on-demand prices (bundled data file), with their sources. */
public final class Discounts {

    public record Discount(String key, double fraction, String source, String date, String confidence) {}

    private static final java.util.function.Supplier<Discounts> AWS = dev.cloudwright.core.DataFile.lazy("dev/cloudwright/aws/discounts.tsv", Discounts::of);
    private final Map<String, Discount> discounts;

    private Discounts(Map<String, Discount> d) {
        this.discounts = d;
    }

    public static Discounts aws() {
        return AWS.get();
    }

    private static Discounts of(java.util.List<Tsv.Row> rows) {
        Map<String, Discount> m = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            m.put(r.get("key"), new Discount(r.get("key"), r.number("value"), r.get("source_url"), r.get("source_date"), r.get("confidence")));
        }
        return new Discounts(m);
    }

    public Discount get(String key) {
        Discount d = discounts.get(key);
        if (d == null) {
            throw new IllegalArgumentException("no discount " + key);
        }
        return d;
    }
}
