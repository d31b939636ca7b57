package dev.cloudwright.pricing;

import dev.cloudwright.core.DataFile;
import dev.cloudwright.core.Tsv;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The families {@code aws/instance-successors.tsv} suggests moving to: previous generation to current, x86 to Graviton. */
final class Successors {
    static final String PREVIOUS_GENERATION = "previous-generation";
    static final String GRAVITON = "graviton";

    private static final Supplier<Map<String, String>> ALL = DataFile.lazy("dev/cloudwright/aws/instance-successors.tsv", Successors::index);

    private Successors() {}

    private static Map<String, String> index(List<Tsv.Row> rows) {
        Map<String, String> m = new HashMap<>();
        for (Tsv.Row r : rows) {
            m.put(r.get("kind") + " " + r.get("family"), r.get("successor"));
        }
        return m;
    }

    /** The same size in the successor family of {@code kind}: {@code m4.large} to {@code m6i.large}, {@code db.r5.xlarge} to {@code db.r7g.xlarge}. */
    static Optional<String> of(String sku, String kind) {
        if (sku == null) {
            return Optional.empty();
        }
        int dot = sku.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String successor = ALL.get().get(kind + " " + sku.substring(0, dot));
        return successor == null ? Optional.empty() : Optional.of(successor + sku.substring(dot));
    }
}
