package dev.cloudwright.resilience;

import dev.cloudwright.core.DataFile;
import dev.cloudwright.core.Tsv;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Published monthly uptime commitments (bundled data file), with their sources. */
public final class SlaCatalog {

    public record Sla(String key, double percent, String source, String date, String confidence) {}

    private static final Supplier<SlaCatalog> AWS = DataFile.lazy("dev/cloudwright/aws/slas.tsv", SlaCatalog::of);
    private final Map<String, Sla> slas;

    private SlaCatalog(Map<String, Sla> slas) {
        this.slas = slas;
    }

    public static SlaCatalog aws() {
        return AWS.get();
    }

    private static SlaCatalog of(List<Tsv.Row> rows) {
        Map<String, Sla> m = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            m.put(r.get("key"), new Sla(r.get("key"), r.number("sla_percent"), r.get("source_url"), r.get("source_date"),
                    r.get("confidence")));
        }
        return new SlaCatalog(m);
    }

    public Optional<Sla> find(String key) {
        return Optional.ofNullable(slas.get(key));
    }

    public Sla get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("no SLA " + key));
    }
}
