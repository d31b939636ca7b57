package dev.cloudwright.model;

/**
 * Security and data-protection settings the designer chooses for a component, built by name:
 * {@code Protection.atRest(key).inTransit().backups(7).pointInTimeRecovery()}. Applied to a component
 * they become designed settings ({@link Keys#ENCRYPTED_AT_REST} and the others); flags not chosen are
 * written as {@code false}, so a design says what it does not protect as well as what it does.
 */
public final class Protection {
    private boolean atRest;
    private String keyId;
    private boolean inTransit;
    private boolean publicEndpoint;
    private int backupDays;
    private boolean pitr;
    private boolean versioning;
    private boolean deletionProtection;
    private String copyToRegion;

    private Protection() {}

    /** Stores no data and terminates no TLS (or nothing is chosen yet). */
    public static Protection none() {
        return new Protection();
    }

    /** Encrypted at rest with the key held by key-management component {@code keyId} (null: a provider-managed key). */
    public static Protection atRest(String keyId) {
        Protection p = new Protection();
        p.atRest = true;
        p.keyId = keyId;
        return p;
    }

    /** Terminates or carries TLS but stores no data (load balancers, CDNs, gateways). */
    public static Protection transitOnly() {
        return new Protection().inTransit();
    }

    public Protection inTransit() {
        inTransit = true;
        return this;
    }

    public Protection publicEndpoint() {
        publicEndpoint = true;
        return this;
    }

    public Protection backups(int days) {
        backupDays = days;
        return this;
    }

    public Protection pointInTimeRecovery(boolean on) {
        pitr = on;
        return this;
    }

    public Protection versioning() {
        versioning = true;
        return this;
    }

    public Protection deletionProtection(boolean on) {
        deletionProtection = on;
        return this;
    }

    public Protection copyTo(String region) {
        copyToRegion = region;
        return this;
    }

    void applyTo(Component.Builder b) {
        b.set(Keys.ENCRYPTED_AT_REST, atRest).set(Keys.KMS_KEY, keyId).set(Keys.ENCRYPTED_IN_TRANSIT, inTransit)
                .set(Keys.PUBLIC_ENDPOINT, publicEndpoint).set(Keys.BACKUP_RETENTION_DAYS, backupDays)
                .set(Keys.POINT_IN_TIME_RECOVERY, pitr).set(Keys.VERSIONING, versioning)
                .set(Keys.DELETION_PROTECTION, deletionProtection).set(Keys.COPY_TO_REGION, copyToRegion);
    }
}
