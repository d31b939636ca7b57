package dev.cloudwright.model;

/**
 * Names of the parts of a component's charges that resources of their own may bill (see
 * {@link Keys#TERRAFORM_PAYERS}): a Kubernetes cluster's node hours are billed by its node groups, a region's alarm
 * charge by its alarms. Readers record which resources pay for a part; pricing names the part of each charge.
 */
public final class BillingParts {
    private BillingParts() {}

    /** Node hours and node volumes of a cluster, by node pool. */
    public static final String NODES = "nodes";
    public static final String ALARMS = "alarms";
    public static final String DASHBOARDS = "dashboards";
    public static final String HEALTH_CHECKS = "health-checks";
    /** Pre-initialised function instances. */
    public static final String PROVISIONED_CONCURRENCY = "provisioned-concurrency";
    /** Dedicated-throughput stream consumers. */
    public static final String CONSUMERS = "consumers";
    /** Replication of stored objects to another bucket or region. */
    public static final String REPLICATION = "replication";
    /** Table replicas in other regions. */
    public static final String REPLICAS = "replicas";
    /** Compliance rules evaluated. */
    public static final String RULES = "rules";
    /** Event archives. */
    public static final String ARCHIVES = "archives";
    /** Scheduled invocations. */
    public static final String SCHEDULES = "schedules";
    public static final String FLOW_LOGS = "flow-logs";
    /** Cross-region replication of a global database. */
    public static final String GLOBAL_DATABASE = "global-database";
}
