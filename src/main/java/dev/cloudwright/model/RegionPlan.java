package dev.cloudwright.model;

import java.util.List;

/**
 * A region of the architecture and its part in it.
 *
 * @param basis why the region has that part, when it was read from a configuration (null for a design, whose
 *              decisions say why)
 */
public record RegionPlan(String region, String name, Part part, String geography, List<String> zones, String basis) {

    public enum Part {
        /** Serves traffic. */
        PRIMARY,
        /** Serves traffic alongside the primary (active/active). */
        ACTIVE,
        /** Standby for disaster recovery: pilot light or warm standby. */
        STANDBY,
        /** Holds only backup copies and infrastructure code for a restore. */
        RECOVERY,
        /** Listed beside the others: the configuration does not say which region serves and which stands by. */
        PEER
    }

    public RegionPlan(String region, String name, Part part, String geography, List<String> zones) {
        this(region, name, part, geography, zones, null);
    }

    public RegionPlan {
        zones = List.copyOf(zones);
    }
}
