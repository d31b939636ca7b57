package dev.cloudwright.requirements;

import dev.cloudwright.core.Tsv;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The design assumptions (bundled data file): defaults, units, allowed ranges, and where they come from. */
public final class AssumptionCatalog {

    /** One assumption the designer may use. */
    public record Definition(String key, double defaultValue, String unit, double min, double max, String description, String source) {}

    private static final Map<String, Definition> DEFINITIONS = load();

    private AssumptionCatalog() {}

    private static Map<String, Definition> load() {
        Map<String, Definition> m = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/design/assumptions.tsv")) {
            m.put(r.get("key"), new Definition(r.get("key"), r.number("default"), r.get("unit"), r.number("min"),
                    r.number("max"), r.get("description"), r.get("source")));
        }
        return Collections.unmodifiableMap(m);
    }

    public static Map<String, Definition> all() {
        return DEFINITIONS;
    }

    public static Set<String> keys() {
        return DEFINITIONS.keySet();
    }

    public static Definition get(String key) {
        Definition d = DEFINITIONS.get(key);
        if (d == null) {
            throw new IllegalArgumentException("no assumption " + key);
        }
        return d;
    }
}
