package dev.cloudwright.pricing;

import dev.cloudwright.core.Tsv;
import java.util.LinkedHashMap;
import java.util.Map;

/** Published discounts off on-demand prices (bundled data file), with their sources. */
public final class Discounts {

    public record Discount(String key, double fraction, String source, String date, String confidence) {}

    private static Discounts aws;
    private final Map<String, Discount> discounts;

    private Discounts(Map<String, Discount> d) {
        this.discounts = d;
    }

    public static synchronized Discounts aws() {
        if (aws == null) {
            Map<String, Discount> m = new LinkedHashMap<>();
            for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/discounts.tsv")) {
                m.put(r.get("key"), new Discount(r.get("key"), r.number("value"), r.get("source_url"), r.get("source_date"),
                        r.get("confidence")));
            }
            aws = new Discounts(m);
        }
        return aws;
    }

    public Discount get(String key) {
        Discount d = discounts.get(key);
        if (d == null) {
            throw new IllegalArgumentException("no discount " + key);
        }
        return d;
    }
}
