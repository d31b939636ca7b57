package dev.cloudwright.model;

import dev.cloudwright.core.Tsv;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Sizes a provider offers (bundled data file): vCPUs and memory per instance class, node type or task size. */
public final class InstanceCatalog {

    public record InstanceType(String sku, String family, double vcpu, double memoryGib, String arch, boolean burstable) {}

    private static final java.util.function.Supplier<InstanceCatalog> AWS =
            dev.cloudwright.core.DataFile.lazy("dev/cloudwright/aws/instance-types.tsv", InstanceCatalog::of);
    private final List<InstanceType> types;

    private InstanceCatalog(List<InstanceType> types) {
        this.types = Collections.unmodifiableList(types);
    }

    public static InstanceCatalog aws() {
        return AWS.get();
    }

    private static InstanceCatalog of(List<Tsv.Row> rows) {
        List<InstanceType> l = new ArrayList<>();
        for (Tsv.Row r : rows) {
            l.add(new InstanceType(r.get("sku"), r.get("family"), r.number("vcpu"), r.number("memory_gib"), r.get("arch"),
                    r.get("burstable").equals("yes")));
        }
        return new InstanceCatalog(l);
    }

    /** Types of one family in file order (smallest first within each series). */
    public List<InstanceType> family(String family) {
        return types.stream().filter(t -> t.family().equals(family)).toList();
    }

    private static final java.util.function.Supplier<java.util.Map<String, String>> SUCCESSORS = dev.cloudwright.core.DataFile.lazy(
            "dev/cloudwright/aws/instance-successors.tsv", rows -> {
                java.util.Map<String, String> m = new java.util.HashMap<>();
                for (Tsv.Row r : rows) {
                    m.put(r.get("kind") + " " + r.get("family"), r.get("successor"));
                }
                return java.util.Collections.unmodifiableMap(m);
            });

    /** Successor kinds of {@code aws/instance-successors.tsv}. */
    public static final String PREVIOUS_GENERATION = "previous-generation";
    public static final String GRAVITON = "graviton";

    /**
     * The same size in the family {@code aws/instance-successors.tsv} suggests for {@code sku} ({@link #PREVIOUS_GENERATION}
     * to current, or x86 to {@link #GRAVITON}): {@code m4.large} to {@code m6i.large}, {@code db.r5.xlarge} to {@code db.r7g.xlarge}.
     */
    public static java.util.Optional<String> successor(String sku, String kind) {
        if (sku == null) {
            return java.util.Optional.empty();
        }
        int dot = sku.lastIndexOf('.');
        if (dot <= 0) {
            return java.util.Optional.empty();
        }
        String next = SUCCESSORS.get().get(kind + " " + sku.substring(0, dot));
        return next == null ? java.util.Optional.empty() : java.util.Optional.of(next + sku.substring(dot));
    }

    public InstanceType get(String sku) {
        return types.stream().filter(t -> t.sku().equals(sku)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown size " + sku));
    }
}
