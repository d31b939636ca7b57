package dev.cloudwright.resilience;

/**
 * What the recovery planner needs to know about an architecture.
 *
 * @param dataStore  the database's replication mechanism: {@code aurora} (PostgreSQL), {@code aurora-mysql}, {@code rds}, {@code dynamodb}, or null (no database)
 * @param dataGb     database size in GB (restore time grows with it)
 * @param cache      a cache must exist before the application serves at full speed
 * @param servers    compute that must be started (containers, Kubernetes, VMs), as opposed to functions
 * @param objects    object storage holds data of record
 * @param fullCopies a cross-region copy of the database's backups holds the whole database each time (aws/backup-copies.tsv),
 *                   so backup &amp; restore copies daily, not after every hourly backup
 */
public record RecoveryFacts(String dataStore, double dataGb, boolean cache, boolean servers, boolean objects, boolean fullCopies) {

    public RecoveryFacts(String dataStore, double dataGb, boolean cache, boolean servers, boolean objects) {
        this(dataStore, dataGb, cache, servers, objects, false);
    }

    boolean applies(String condition) {
        return switch (condition) {
            case "always" -> true;
            case "relational" -> dataStore != null && (dataStore.startsWith("aurora") || "rds".equals(dataStore));
            case "aurora" -> dataStore != null && dataStore.startsWith("aurora");
            case "rds" -> "rds".equals(dataStore);
            case "nosql" -> "dynamodb".equals(dataStore);
            case "cache" -> cache;
            case "no-cache" -> !cache;
            case "servers" -> servers;
            case "objects" -> objects;
            default -> throw new IllegalArgumentException("unknown step condition " + condition);
        };
    }
}
