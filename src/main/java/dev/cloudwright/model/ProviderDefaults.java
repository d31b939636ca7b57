package dev.cloudwright.model;

import dev.cloudwright.core.DataFile;
import dev.cloudwright.core.DataFileException;
import dev.cloudwright.core.Tsv;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The values the designer chooses and the Terraform writer falls back on, and AWS's engine names, versions and
 * limits ({@code aws/defaults.tsv}, each with its source): one file, read here, so the two cannot disagree.
 */
public final class ProviderDefaults {
    private static final Supplier<Map<String, String>> AWS = DataFile.lazy("dev/cloudwright/aws/defaults.tsv", ProviderDefaults::of);

    private ProviderDefaults() {}

    private static Map<String, String> of(List<Tsv.Row> rows) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            if (m.put(r.get("key"), r.get("value")) != null) {
                throw new DataFileException(r.file() + ":" + r.line() + ": " + r.get("key") + " is listed twice");
            }
        }
        return Collections.unmodifiableMap(m);
    }

    public static boolean has(String key) {
        return AWS.get().containsKey(key);
    }

    /** The value under {@code key}; a key the file lacks is an error, never a silent default. */
    public static String value(String key) {
        String v = AWS.get().get(key);
        if (v == null) {
            throw new IllegalStateException("defaults.tsv has no " + key);
        }
        return v;
    }
}
