package dev.cloudwright.model;

/** How DNS answers: one target, failover by health check, nearest by latency, or weighted and geographic policies. */
public enum Routing {
    SIMPLE,
    FAILOVER,
    LATENCY,
    WEIGHTED,
    GEOLOCATION,
    GEOPROXIMITY,
    MULTIVALUE,
    IP_BASED
}
