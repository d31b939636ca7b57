package dev.cloudwright.terraform.adapt;

import dev.cloudwright.core.Tsv;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the AWS provider or AWS applies when an argument is not set (bundled data file with a source
 * for each value). Adapters use it to tell an explicit setting from a default.
 */
final class Defaults {

    record Default(String value, String appliedBy, String source) {}

    private static Map<String, Default> all;

    private Defaults() {}

    static synchronized Optional<Default> of(String type, String path) {
        if (all == null) {
            Map<String, Default> m = new HashMap<>();
            for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/terraform-defaults.tsv")) {
                m.put(r.get("type") + "|" + r.get("argument"), new Default(r.get("default"), r.get("applied_by"), r.get("source_url")));
            }
            all = m;
        }
        Default d = all.get(type + "|" + path);
        return d == null || d.value().equals("-") || d.value().equals("computed") ? Optional.empty() : Optional.of(d);
    }
}
