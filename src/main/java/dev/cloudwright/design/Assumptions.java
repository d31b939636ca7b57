package dev.cloudwright.design;

import dev.cloudwright.requirements.AssumptionCatalog;
import dev.cloudwright.requirements.AssumptionCatalog.Definition;
import dev.cloudwright.requirements.Requirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The assumption values for one design: the catalog defaults, overridden by the requirements file.
 * Records which ones the design actually read so the document lists exactly those.
 */
public final class Assumptions {

    /** One assumption as used: its value and whether the user set it. */
    public record Use(String key, double value, String unit, boolean overridden, String description, String source) {}

    private final Map<String, Double> overrides;
    private final TreeSet<String> used = new TreeSet<>();

    public Assumptions(Requirements req) {
        this.overrides = req.assumptions();
    }

    Assumptions(Map<String, Double> overrides) {
        this.overrides = overrides;
    }

    public double get(String key) {
        Definition d = AssumptionCatalog.get(key);
        used.add(key);
        return overrides.getOrDefault(key, d.defaultValue());
    }

    /** The assumptions read so far, in catalog order. */
    public List<Use> used() {
        List<Use> out = new ArrayList<>();
        for (Definition d : AssumptionCatalog.all().values()) {
            if (used.contains(d.key())) {
                boolean o = overrides.containsKey(d.key());
                out.add(new Use(d.key(), o ? overrides.get(d.key()) : d.defaultValue(), d.unit(), o, d.description(), d.source()));
            }
        }
        return out;
    }
}
