package dev.cloudwright.requirements;

import dev.cloudwright.core.DataFile;
import dev.cloudwright.core.Tsv;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The design assumptions (bundled data file): defaults, units, allowed ranges, and where they come from. */
public final class AssumptionCatalog {

    /** One assumption the designer may use. */
    public record Definition(String key, double defaultValue, String unit, double min, double max, String description, String source) {}

    private static final Supplier<Map<String, Definition>> DEFINITIONS =
            DataFile.lazy("dev/cloudwright/design/assumptions.tsv", AssumptionCatalog::load);

    private AssumptionCatalog() {}

    private static Map<String, Definition> load(List<Tsv.Row> rows) {
        Map<String, Definition> m = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            m.put(r.get("key"), new Definition(r.get("key"), r.number("default"), r.get("unit"), r.number("min"),
                    r.number("max"), r.get("description"), r.get("source")));
        }
        return Collections.unmodifiableMap(m);
    }

    public static Map<String, Definition> all() {
        return DEFINITIONS.get();
    }

    public static Set<String> keys() {
        return DEFINITIONS.get().keySet();
    }

    public static Definition get(String key) {
        Definition d = DEFINITIONS.get().get(key);
        if (d == null) {
            throw new IllegalArgumentException("no assumption " + key);
        }
        return d;
    }
}
