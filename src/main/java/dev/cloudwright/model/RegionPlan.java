package dev.cloudwright.model;

import java.util.List;

/** A region of the architecture and its part in it. */
public record RegionPlan(String region, String name, Part part, String geography, List<String> zones) {

    public enum Part {
        /** Serves traffic. */
        PRIMARY,
        /** Serves traffic alongside the primary (active/active). */
        ACTIVE,
        /** Standby for disaster recovery: pilot light or warm standby. */
        STANDBY,
        /** Holds only backup copies and infrastructure code for a restore. */
        RECOVERY
    }

    public RegionPlan {
        zones = List.copyOf(zones);
    }
}
