package dev.cloudwright.geo;

import dev.cloudwright.core.DataFile;
import dev.cloudwright.core.Tsv;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/** A provider's regions (bundled data file): code, display name, geography, zone count. */
public final class RegionCatalog {

    /** One region. {@code geography} is where its data is stored: {@code eu}, {@code us}, {@code uk}, ... */
    public record Region(String code, String name, String geography, int zones, String recoveryPeer) {}

    private static final Supplier<RegionCatalog> AWS = DataFile.lazy("dev/cloudwright/aws/regions.tsv", RegionCatalog::of);

    private final Map<String, Region> regions;
    private final Set<String> geographies;

    private RegionCatalog(Map<String, Region> regions) {
        this.regions = Collections.unmodifiableMap(regions);
        Set<String> g = new TreeSet<>();
        regions.values().forEach(r -> g.add(r.geography()));
        this.geographies = Collections.unmodifiableSet(g);
    }

    public static RegionCatalog aws() {
        return AWS.get();
    }

    private static RegionCatalog of(List<Tsv.Row> rows) {
        Map<String, Region> m = new LinkedHashMap<>();
        for (Tsv.Row r : rows) {
            m.put(r.get("code"), new Region(r.get("code"), r.get("name"), r.get("geography"),
                    r.integer("availability_zones"), r.getOr("recovery_peer", "")));
        }
        return new RegionCatalog(m);
    }

    public boolean contains(String code) {
        return regions.containsKey(code);
    }

    public Set<String> codes() {
        return regions.keySet();
    }

    public Set<String> geographies() {
        return geographies;
    }

    public Region get(String code) {
        Region r = regions.get(code);
        if (r == null) {
            throw new IllegalArgumentException("unknown region " + code);
        }
        return r;
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(regions.get(code));
    }
}
