package dev.cloudwright.resilience;

import dev.cloudwright.core.Tsv;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Published monthly uptime commitments (bundled data file), with their sources. */
public final class SlaCatalog {

    public record Sla(String key, double percent, String source, String date, String confidence) {}

    private static SlaCatalog aws;
    private final Map<String, Sla> slas;

    private SlaCatalog(Map<String, Sla> slas) {
        this.slas = slas;
    }

    public static synchronized SlaCatalog aws() {
        if (aws == null) {
            Map<String, Sla> m = new LinkedHashMap<>();
            for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/slas.tsv")) {
                m.put(r.get("key"), new Sla(r.get("key"), r.number("sla_percent"), r.get("source_url"), r.get("source_date"),
                        r.get("confidence")));
            }
            aws = new SlaCatalog(m);
        }
        return aws;
    }

    public Optional<Sla> find(String key) {
        return Optional.ofNullable(slas.get(key));
    }

    public Sla get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("no SLA " + key));
    }
}
