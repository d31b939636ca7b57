package dev.cloudwright.model;

import dev.cloudwright.core.DataFile;
import dev.cloudwright.core.Tsv;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a lifecycle rule must respect for each storage tier, from the provider's data ({@code aws/storage-classes.tsv}):
 * the earliest age a transition may move an object into the tier, the days it must stay before moving on, and the
 * minimum storage duration billed.
 */
public final class StorageClasses {
    /** The lifecycle limits of one tier, in days. */
    public record Limits(int minAgeDays, int minStayDays, int minStorageDays) {}

    private static final Supplier<Map<StorageTier, Limits>> AWS = DataFile.lazy("dev/cloudwright/aws/storage-classes.tsv", StorageClasses::of);

    private StorageClasses() {}

    private static Map<StorageTier, Limits> of(List<Tsv.Row> rows) {
        Map<StorageTier, Limits> m = new EnumMap<>(StorageTier.class);
        for (Tsv.Row r : rows) {
            m.put(StorageTier.valueOf(r.get("tier")), new Limits(Integer.parseInt(r.get("min_age_days")), Integer.parseInt(r.get("min_stay_days")),
                    Integer.parseInt(r.get("min_storage_days"))));
        }
        return Collections.unmodifiableMap(m);
    }

    /** The limits of a tier's AWS storage class; a tier the file lacks is an error. */
    public static Limits aws(StorageTier tier) {
        Limits l = AWS.get().get(tier);
        if (l == null) {
            throw new IllegalStateException("storage-classes.tsv has no row for " + tier);
        }
        return l;
    }
}
