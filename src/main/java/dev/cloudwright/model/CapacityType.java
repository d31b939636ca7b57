package dev.cloudwright.model;

/** How compute capacity is bought: on demand, or spare capacity that can be reclaimed. */
public enum CapacityType {
    ON_DEMAND,
    SPOT
}
