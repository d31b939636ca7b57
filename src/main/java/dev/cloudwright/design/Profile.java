package dev.cloudwright.design;

/** How much of the stack a region runs. */
enum Profile {
    /** The primary region: everything, at full size. */
    PRIMARY,
    /** A second serving region (active/active): a full copy. */
    ACTIVE,
    /** Warm standby: a scaled-down, fully working copy. */
    WARM,
    /** Pilot light: live data replicas and idle infrastructure; compute at zero. */
    PILOT,
    /** Backup & restore: backup copies and replica buckets only. */
    RECOVERY;

    boolean serves() {
        return this == PRIMARY || this == ACTIVE;
    }

    boolean runsApp() {
        return this == PRIMARY || this == ACTIVE || this == WARM;
    }
}
