package dev.cloudwright.model;

/**
 * Names of the monthly usage quantities a component may carry ({@link Component#usage()}). They are
 * provider-neutral; each provider's cost model prices the ones that apply to its service.
 */
public final class Usage {
    private Usage() {}

    /** Requests served per month. */
    public static final String REQUESTS = "requests";
    /** GB sent to the internet per month. */
    public static final String EGRESS_GB = "egress_gb";
    /** GB processed (load balancer, NAT) per month. */
    public static final String PROCESSED_GB = "processed_gb";
    /** New client connections per month. */
    public static final String NEW_CONNECTIONS = "new_connections";
    /** Minutes client connections stay open per month, summed over connections (WebSocket APIs). */
    public static final String CONNECTION_MINUTES = "connection_minutes";
    /** Function compute: GB-seconds per month. */
    public static final String GB_SECONDS = "gb_seconds";
    /** Batch compute: vCPU-hours and GB-hours per month. */
    public static final String VCPU_HOURS = "vcpu_hours";
    public static final String GB_HOURS = "gb_hours";
    /** Database storage I/O requests per month. */
    public static final String IO_REQUESTS = "io_requests";
    /** Write I/O replicated to another region per month. */
    public static final String REPLICATED_IO = "replicated_io";
    /** Key-value store request units per month. */
    public static final String READ_UNITS = "read_units";
    public static final String WRITE_UNITS = "write_units";
    public static final String REPLICATED_WRITE_UNITS = "replicated_write_units";
    /** Backup storage beyond what the service includes, GB-month. */
    public static final String BACKUP_GB = "backup_gb";
    /** GB sent to another region per month (replication, backup copies). */
    public static final String INTERREGION_GB = "interregion_gb";
    /** GB a month the component exchanges with data stores in other zones of its region (each GB is billed out and in). */
    public static final String INTER_AZ_GB = "inter_az_gb";
    /** Object and file storage by class, GB-month. */
    public static final String STANDARD_GB = "standard_gb";
    public static final String INFREQUENT_GB = "infrequent_gb";
    public static final String ARCHIVE_GB = "archive_gb";
    /** Object writes and reads per month. */
    public static final String PUT_REQUESTS = "put_requests";
    public static final String GET_REQUESTS = "get_requests";
    /** GB replicated with a replication-time guarantee per month. */
    public static final String RTC_GB = "rtc_gb";
    /** Logs ingested per month (GB) and kept (GB-month). */
    public static final String LOG_GB = "log_gb";
    public static final String LOG_STORAGE_GB = "log_storage_gb";
    /** Network flow logs ingested per month (GB). */
    public static final String FLOW_LOG_GB = "flow_log_gb";
    public static final String ALARMS = "alarms";
    public static final String DASHBOARDS = "dashboards";
    public static final String METRICS = "metrics";
    public static final String HOSTED_ZONES = "hosted_zones";
    public static final String HEALTH_CHECKS = "health_checks";
    /** DNS queries billed per month (alias queries to the provider's own resources are free). */
    public static final String QUERIES = "queries";
    /** Firewall rules or managed rule groups. */
    public static final String RULES = "rules";
    /** Keys, secrets and their API calls per month. */
    public static final String KEYS = "keys";
    public static final String SECRETS = "secrets";
    public static final String API_CALLS = "api_calls";
    /** Audit: management events and data events per month. */
    public static final String EVENTS = "events";
    public static final String DATA_EVENTS = "data_events";
    /** Threat detection: log GB analysed per month. */
    public static final String ANALYSED_GB = "analysed_gb";
    /** vCPUs watched by threat detection's runtime monitoring, averaged over the month (vCPU-months). */
    public static final String MONITORED_VCPU = "monitored_vcpu";
    /** Configuration items recorded and rule evaluations per month. */
    public static final String CONFIG_ITEMS = "config_items";
    public static final String EVALUATIONS = "evaluations";
    /** Compliance checks per month. */
    public static final String CHECKS = "checks";
    /** Workflow state transitions per month (standard workflows). */
    public static final String TRANSITIONS = "transitions";
    /** Data put into a stream or delivery stream per month (GB), and read from a stream (GB). */
    public static final String INGESTED_GB = "ingested_gb";
    public static final String RETRIEVED_GB = "retrieved_gb";
    /** Stream PUT payload units (25 KB each) per month. */
    public static final String PUT_UNITS = "put_units";
    /** Events published to an event bus per month (custom and partner events, 64 KB chunks). */
    public static final String PUBLISHED_EVENTS = "published_events";
    /** Event archive: GB processed into archives per month, and GB held (GB-month). */
    public static final String ARCHIVE_PROCESSED_GB = "archive_processed_gb";
    public static final String ARCHIVE_STORAGE_GB = "archive_storage_gb";
    /** Serverless capacity used, in capacity-unit hours per month (Aurora Serverless v2 ACU-hours). */
    public static final String ACU_HOURS = "acu_hours";
    /** Serverless cache: data stored (GB-hours) and compute units (ECPUs) per month. */
    public static final String CACHE_GB_HOURS = "cache_gb_hours";
    public static final String ECPUS = "ecpus";
    /** Queue messages per month. */
    public static final String MESSAGES = "messages";
}
