package dev.cloudwright.model;

import java.util.List;

/**
 * Where a component runs. A global component (CDN, DNS) has no region; a regional one lists the
 * zones it spans (more than one zone means it survives a zone failure).
 */
public record Placement(String region, List<String> zones) {
    public static final String GLOBAL = "global";

    public Placement {
        zones = List.copyOf(zones);
    }

    public static Placement global() {
        return new Placement(GLOBAL, List.of());
    }

    public static Placement regional(String region, List<String> zones) {
        return new Placement(region, zones);
    }

    public boolean isGlobal() {
        return GLOBAL.equals(region);
    }

    public boolean multiZone() {
        return zones.size() > 1;
    }
}
