package dev.cloudwright.pricing;

import java.util.Optional;

/**
 * What a price is counted in, without its multiplier: the catalog's {@code 1M requests} is a price per
 * million {@link #REQUESTS}. Cost components state their quantities in these base units; the divisor
 * comes from the catalog row ({@link CatalogUnit}), never from code.
 */
enum Measure {
    SECOND("second"),
    HOUR("hour"),
    MONTH("month"),
    /** A commitment's term: a reservation's price for one year ({@code year}) or three ({@code 3 year}). */
    YEAR("year"),
    GB("GB"),
    GB_MONTH("GB-month"),
    GB_HOUR("GB-hour"),
    GB_SECOND("GB-second"),
    /** Binary gigabytes (2^30 bytes), as Azure and Google Cloud bill some charges; never mixed with GB. */
    GIB("GiB"),
    GIB_MONTH("GiB-month"),
    GIB_HOUR("GiB-hour"),
    GIB_SECOND("GiB-second"),
    VCPU_HOUR("vCPU-hour"),
    VCPU_MONTH("vCPU-month"),
    ACU_HOUR("ACU-hour"),
    LCU_HOUR("LCU-hour"),
    NLCU_HOUR("NLCU-hour"),
    RCU_HOUR("RCU-hour"),
    WCU_HOUR("WCU-hour"),
    REQUESTS("requests"),
    NOTIFICATIONS("notifications"),
    MESSAGES("messages"),
    CONNECTION_MINUTES("connection-minutes"),
    EVENTS("events"),
    QUERIES("queries"),
    OBJECT_MONTHS("objects-month"),
    ITEMS("item"),
    EVALUATIONS("evaluation"),
    CHECKS("check"),
    FINDINGS("finding"),
    IOPS_MONTH("IOPS-month"),
    MBPS_MONTH("MBps-month"),
    TRANSITIONS("transitions"),
    UNITS("units"),
    ECPUS("ECPUs"),
    RATIO("ratio"),
    /** Units of whatever the price names (a Google Cloud {@code count}, an Azure {@code 10K}): imported prices not priced yet. */
    COUNT("count");

    private final String token;

    Measure(String token) {
        this.token = token;
    }

    /** As written in the catalog's unit column. */
    String token() {
        return token;
    }

    static Optional<Measure> of(String token) {
        for (Measure m : values()) {
            if (m.token.equals(token)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
