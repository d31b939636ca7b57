package dev.cloudwright.model;

/**
 * Security and data-protection properties of a component.
 *
 * @param encryptedAtRest      data at rest is encrypted
 * @param keyId                id of the key-management component holding the key (null: provider-managed key)
 * @param encryptedInTransit   connections to it use TLS
 * @param publicEndpoint       reachable from the internet
 * @param backupRetentionDays  days of backups kept (0: no backups)
 * @param pointInTimeRecovery  continuous backup allowing restore to any second in the retention window
 * @param versioning           object versions are kept
 * @param deletionProtection   deletion needs an explicit extra step
 * @param copyToRegion         region that receives backup copies or replicas (null: none)
 */
public record Protection(
        boolean encryptedAtRest,
        String keyId,
        boolean encryptedInTransit,
        boolean publicEndpoint,
        int backupRetentionDays,
        boolean pointInTimeRecovery,
        boolean versioning,
        boolean deletionProtection,
        String copyToRegion) {

    public static final Protection NONE = new Protection(false, null, false, false, 0, false, false, false, null);

    public static Protection encrypted(String keyId, boolean inTransit, boolean publicEndpoint) {
        return new Protection(true, keyId, inTransit, publicEndpoint, 0, false, false, false, null);
    }

    /** Terminates or carries TLS but stores no data (load balancers, CDNs, gateways). */
    public static Protection inTransit(boolean publicEndpoint) {
        return new Protection(false, null, true, publicEndpoint, 0, false, false, false, null);
    }

    public Protection withBackups(int days, boolean pitr, boolean deletionProtection, String copyToRegion) {
        return new Protection(encryptedAtRest, keyId, encryptedInTransit, publicEndpoint, days, pitr, versioning,
                deletionProtection, copyToRegion);
    }

    public Protection withVersioning(boolean v) {
        return new Protection(encryptedAtRest, keyId, encryptedInTransit, publicEndpoint, backupRetentionDays,
                pointInTimeRecovery, v, deletionProtection, copyToRegion);
    }
}
