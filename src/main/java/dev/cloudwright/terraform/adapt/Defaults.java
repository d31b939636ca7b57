package dev.cloudwright.terraform.adapt;

import dev.cloudwright.core.DataFile;
import dev.cloudwright.core.Tsv;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the AWS provider or AWS applies when an argument is not set (bundled data file with a source
 * for each value). Adapters use it to tell an explicit setting from a default.
 */
final class Defaults {

    record Default(String value, String appliedBy, String source, String note) {

        /** The basis of a defaulted setting: who applies it and where that is documented. */
        String basis() {
            return (appliedBy.equals("aws") ? "AWS default" : "provider default") + " (" + source + ")";
        }

        /** The basis with the file's note: what the default means. */
        String explained() {
            return (appliedBy.equals("aws") ? "AWS default" : "provider default") + (note.isEmpty() ? "" : ": " + note) + " (" + source + ")";
        }
    }

    private static final Supplier<Map<String, Default>> ALL = DataFile.lazy("dev/cloudwright/aws/terraform-defaults.tsv", Defaults::index);

    private Defaults() {}

    /** The default value of an argument; empty when there is none (`-`) or it cannot be stated (`computed`). */
    static Optional<Default> of(String type, String path) {
        return row(type, path).filter(d -> !d.value().equals("-") && !d.value().equals("computed"));
    }

    /** The file's row for an argument or service setting, whatever its default. */
    static Optional<Default> row(String type, String path) {
        return Optional.ofNullable(ALL.get().get(type + "|" + path));
    }

    /** The explained basis of a row the code relies on; a missing row is a bug in the data file. */
    static String explained(String type, String path) {
        return row(type, path).map(Default::explained)
                .orElseThrow(() -> new IllegalStateException("terraform-defaults.tsv has no row for " + type + " " + path));
    }

    private static Map<String, Default> index(List<Tsv.Row> rows) {
        Map<String, Default> m = new HashMap<>();
        for (Tsv.Row r : rows) {
            m.put(r.get("type") + "|" + r.get("argument"), new Default(r.get("default"), r.get("applied_by"), r.get("source_url"), r.getOr("note", "")));
        }
        return m;
    }
}
