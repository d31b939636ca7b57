package dev.cloudwright.pricing;

import dev.cloudwright.core.Tsv;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Quantities AWS meters for charges that follow from a setting (aws/metered.tsv): metrics per resource, billed directions. */
final class Metered {
    private static final Supplier<Map<String, Double>> AWS = dev.cloudwright.core.DataFile.lazy("dev/cloudwright/aws/metered.tsv", rows -> {
        Map<String, Double> m = new HashMap<>();
        for (Tsv.Row r : rows) {
            m.put(r.get("key"), r.number("quantity"));
        }
        return m;
    });

    private Metered() {}

    static double of(String key) {
        Double q = AWS.get().get(key);
        if (q == null) {
            throw new IllegalArgumentException("metered.tsv has no " + key);
        }
        return q;
    }
}
