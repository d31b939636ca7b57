package dev.cloudwright.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The model's vocabulary: every setting a component may carry, with the type of its values. The
 * designer, the Terraform adapters, pricing, the writer, the renderers and the analyses all use these
 * keys; nothing else names a setting. Keys are provider-neutral (a provider's argument names are
 * known only to its adapters and its writer). {@link Key#isLabel() Label} keys hold text for people.
 */
public final class Keys {
    private Keys() {}

    // ------------------------------------------------------------------ protection (every role)
    public static final Key<Boolean> ENCRYPTED_AT_REST = Key.flag("encrypted_at_rest", "Stored data is encrypted");
    public static final Key<String> KMS_KEY = Key.text("kms_key", "The key-management component (or resource) holding the encryption key; absent: a provider-managed key");
    public static final Key<Boolean> ENCRYPTED_IN_TRANSIT = Key.flag("encrypted_in_transit", "Connections to it use TLS");
    public static final Key<Boolean> PUBLIC_ENDPOINT = Key.flag("public_endpoint", "Reachable from the internet");
    public static final Key<Integer> BACKUP_RETENTION_DAYS = Key.integer("backup_retention_days", "Days of automated backups kept (0: none)");
    public static final Key<Boolean> POINT_IN_TIME_RECOVERY = Key.flag("point_in_time_recovery", "Continuous backup: restore to any second of the retention window");
    public static final Key<Boolean> VERSIONING = Key.flag("versioning", "Object versions are kept");
    public static final Key<Boolean> DELETION_PROTECTION = Key.flag("deletion_protection", "Deletion needs an explicit extra step");
    public static final Key<String> COPY_TO_REGION = Key.text("copy_to_region", "Region receiving backup copies or replicas");

    // ------------------------------------------------------------------ where it comes from
    public static final Key<String> TERRAFORM_ADDRESS = Key.text("terraform.address", "Address of the resource the component was read from");
    public static final Key<String> TERRAFORM_AT = Key.text("terraform.at", "file:line:column of that resource");
    public static final Key<List<String>> TERRAFORM_RESOURCES = Key.list("terraform.resources", String.class, "Every resource folded into the component");
    public static final Key<List<String>> TERRAFORM_UNITS = Key.list("terraform.units", String.class,
            "Like resources that share the component's charges (the instances of one resource block), when there is more than one");
    public static final Key<List<String>> TERRAFORM_INSTANCES = Key.list("terraform.instances", String.class,
            "Resources that bill a cluster's instance hours (each instance of the cluster)");
    public static final Key<List<String>> TERRAFORM_PAYERS = Key.list("terraform.payers", String.class,
            "Resources that bill one part of the component's charges, as part=address (an address listed n times bills n shares)");
    public static final Key<String> DESIGN_COMPONENT = Key.text("design_component", "Id of the design component the resource implements (tag cloudwright:component)");

    // ------------------------------------------------------------------ compute
    public static final Key<Arch> ARCH = Key.choice("arch", Arch.class, "Processor architecture");
    public static final Key<CapacityType> CAPACITY = Key.choice("capacity", CapacityType.class, "On-demand or Spot capacity");
    public static final Key<String> LAUNCH_TYPE = Key.text("launch_type", "Container launch type (FARGATE, EC2, EXTERNAL)");
    public static final Key<String> CLUSTER = Key.text("cluster", "Container cluster the service runs in; on node capacity, the cluster it joins (a component of its own)");
    public static final Key<Boolean> CONTAINER_INSIGHTS = Key.flag("container_insights", "Container-level metrics collected");
    public static final Key<Boolean> EXECUTE_COMMAND = Key.flag("execute_command", "Interactive shell access to running tasks");
    public static final Key<Boolean> CIRCUIT_BREAKER = Key.flag("circuit_breaker", "Failed deployments roll back automatically");
    public static final Key<String> ROLLOUT = Key.label("rollout", "How new versions are deployed");
    public static final Key<String> RUNTIME = Key.text("runtime", "Function runtime");
    public static final Key<Integer> MEMORY_MB = Key.integer("memory_mb", "Function memory in MB");
    public static final Key<Integer> TIMEOUT_SECONDS = Key.integer("timeout_seconds", "Request or function timeout in seconds");
    public static final Key<Integer> RESERVED_CONCURRENCY = Key.integer("reserved_concurrency", "Concurrent executions reserved for the function");
    public static final Key<Integer> PROVISIONED_CONCURRENCY = Key.integer("provisioned_concurrency", "Pre-initialised function instances");
    public static final Key<Boolean> IN_VPC = Key.flag("in_vpc", "Runs in the private network (needs NAT or endpoints for outbound calls)");
    public static final Key<String> TRACING = Key.text("tracing", "Tracing mode");
    public static final Key<String> FUNCTION_URL = Key.label("function_url", "Function URL and its authorisation");
    public static final Key<Boolean> IMDSV2_REQUIRED = Key.flag("imdsv2_required", "Instance metadata needs session tokens (IMDSv2)");
    public static final Key<String> LAUNCH_TEMPLATE = Key.label("launch_template", "Launch template in words");
    public static final Key<Boolean> EBS_ENCRYPTED = Key.flag("ebs_encrypted", "Instance volumes are encrypted");
    public static final Key<Boolean> DETAILED_MONITORING = Key.flag("detailed_monitoring", "One-minute instance metrics");
    public static final Key<String> HEALTH_CHECK_TYPE = Key.text("health_check_type", "What replaces an instance: EC2 status or load balancer health");
    public static final Key<String> KUBERNETES_VERSION = Key.text("kubernetes_version", "Kubernetes control-plane version");
    public static final Key<String> NODE_GROUPS = Key.label("node_groups", "Node groups in words");
    public static final Key<List<String>> NODE_INSTANCE_TYPES = Key.list("node_instance_types", String.class, "Instance types of the nodes");
    public static final Key<String> POD_IDENTITY = Key.label("pod_identity", "How pods get cloud credentials");
    public static final Key<Boolean> MANAGED_NODES = Key.flag("managed_nodes", "The service launches, scales and patches the worker nodes itself, choosing them at run time (EKS Auto Mode)");
    public static final Key<List<String>> NODE_POOLS = Key.list("node_pools", String.class, "Node pools the service manages its nodes in (EKS Auto Mode built-in pools)");
    public static final Key<Integer> FARGATE_PROFILES = Key.integer("fargate_profiles", "Serverless node profiles");
    public static final Key<Boolean> PRIVATE_API_ENDPOINT = Key.flag("private_api_endpoint", "The cluster API is reachable from the VPC");
    public static final Key<List<String>> PUBLIC_ACCESS_CIDRS = Key.list("public_access_cidrs", String.class, "Networks allowed to the public cluster API");
    public static final Key<List<String>> CONTROL_PLANE_LOGS = Key.list("control_plane_logs", String.class, "Control-plane log types exported");
    public static final Key<Boolean> SECRETS_ENCRYPTION = Key.flag("secrets_encryption", "Kubernetes secrets are envelope-encrypted with a customer key");
    public static final Key<String> ROLES = Key.label("roles", "Identities it runs as");
    public static final Key<String> WINDOW = Key.label("window", "When it runs");
    public static final Key<String> SCHEDULE = Key.text("schedule", "Schedule expression, or the schedule in words");
    public static final Key<String> SUBNETS = Key.label("subnets", "Subnets it is placed in");

    // ------------------------------------------------------------------ databases and caches
    public static final Key<Engine> ENGINE = Key.choice("engine", Engine.class, "Database or cache engine");
    public static final Key<String> ENGINE_VERSION = Key.text("engine_version", "Engine version");
    public static final Key<String> ENGINE_EDITION = Key.text("engine_edition",
            "Engine edition and licence as the provider prices them (sqlserver-se, oracle-se2 licence included, oracle-ee-byol...)");
    public static final Key<Deployment> DEPLOYMENT = Key.choice("deployment", Deployment.class, "Single-AZ, or Multi-AZ with a synchronous standby");
    public static final Key<StorageConfig> STORAGE_CONFIG = Key.choice("storage_config", StorageConfig.class, "Standard or I/O-Optimized storage billing");
    public static final Key<String> STORAGE_TYPE = Key.text("storage_type", "Volume type (gp3, io2...)");
    public static final Key<String> OPERATING_SYSTEM = Key.text("operating_system",
            "Operating system an instance is priced with (linux, windows, rhel, suse); from a usage file, as an image does not say offline");
    public static final Key<String> COMMITMENT = Key.text("commitment",
            "Committed-use pricing of the instance hours: offering, term and payment (reserved-standard 1y partial-upfront)");
    public static final Key<Integer> IOPS = Key.integer("iops", "Provisioned I/O operations per second of a volume or file system");
    public static final Key<Integer> THROUGHPUT_MBPS = Key.integer("throughput_mbps", "Provisioned throughput in MB/s (a volume's, a file system's capacity)");
    public static final Key<List<String>> BLOCK_DEVICES = Key.list("block_devices", String.class,
            "Volumes an instance launches with, each written name:type:size_gb:iops:throughput_mbps (0 where not set, ? where not known offline)");
    public static final Key<String> FILE_SYSTEM = Key.text("file_system", "Managed file system (windows, lustre, openzfs)");
    public static final Key<String> FS_DEPLOYMENT = Key.text("fs_deployment", "File system deployment type, as the provider names it (MULTI_AZ_1, PERSISTENT_2...)");
    public static final Key<Integer> UNIT_THROUGHPUT = Key.integer("unit_throughput", "Throughput per TiB of storage, in MB/s (Lustre)");
    public static final Key<Boolean> ONE_ZONE = Key.flag("one_zone", "Data stored in one zone (One Zone storage classes)");
    public static final Key<String> MASTER_TYPE = Key.text("master_type", "Instance type of the dedicated master nodes");
    public static final Key<Integer> MASTER_COUNT = Key.integer("master_count", "Dedicated master nodes");
    public static final Key<Double> MIN_ACU = Key.number("min_acu", "Serverless capacity always provisioned (ACUs per instance)");
    public static final Key<String> TOPOLOGY = Key.label("topology", "Writers, readers and standbys in words");
    public static final Key<String> PART = Key.label("part", "Its part in a replicated set, in words");
    public static final Key<String> REPLICA_OF = Key.text("replica_of", "The component (or resource) this one replicates from");
    public static final Key<List<String>> REPLICA_REGIONS = Key.list("replica_regions", String.class, "Other regions holding a replica kept in sync by the service");
    public static final Key<List<String>> GLOBAL_TABLE_REGIONS = Key.list("global_table_regions", String.class, "All regions of a multi-active global table");
    public static final Key<String> CROSS_REGION = Key.label("cross_region", "Cross-region replication in words");
    public static final Key<Boolean> IAM_AUTH = Key.flag("iam_auth", "Clients authenticate with cloud identities");
    public static final Key<Boolean> PERFORMANCE_INSIGHTS = Key.flag("performance_insights", "Query performance monitoring");
    public static final Key<Integer> MONITORING_INTERVAL = Key.integer("monitoring_interval",
            "Enhanced Monitoring interval in seconds (0: off); its OS metrics are ingested into CloudWatch Logs");
    public static final Key<String> AUDIT_LOG = Key.label("audit_log", "Database activity the engine's audit log records, in words");
    public static final Key<String> PASSWORD = Key.label("password", "How the master password is managed (never its value)");
    public static final Key<Boolean> SKIP_FINAL_SNAPSHOT = Key.flag("skip_final_snapshot", "Deleted without a final snapshot");
    public static final Key<List<String>> LOG_EXPORTS = Key.list("log_exports", String.class, "Database logs exported");
    public static final Key<List<String>> INSTANCE_CLASSES = Key.list("instance_classes", String.class, "Instance classes of a cluster's members");
    public static final Key<Integer> MIN_READERS = Key.integer("min_readers", "Readers auto scaling keeps running at least (sized and priced)");
    public static final Key<Integer> MAX_READERS = Key.integer("max_readers", "Readers auto scaling may add up to");
    public static final Key<String> SERVERLESS_CAPACITY = Key.label("serverless_capacity", "Serverless capacity range");
    public static final Key<String> BACKUP_REPLICATION = Key.label("backup_replication", "Automated backups copied to another region, in words");
    public static final Key<BillingMode> BILLING_MODE = Key.choice("billing_mode", BillingMode.class, "On-demand or provisioned throughput");
    public static final Key<Integer> READ_CAPACITY = Key.integer("read_capacity", "Provisioned read capacity units");
    public static final Key<Integer> WRITE_CAPACITY = Key.integer("write_capacity", "Provisioned write capacity units");
    public static final Key<Integer> INDEX_READ_CAPACITY = Key.integer("index_read_capacity",
            "Provisioned read capacity units of the global secondary indexes together (at auto scaling's minimum where it scales them; priced)");
    public static final Key<Integer> INDEX_WRITE_CAPACITY = Key.integer("index_write_capacity",
            "Provisioned write capacity units of the global secondary indexes together (at auto scaling's minimum where it scales them; priced)");
    public static final Key<Integer> MIN_READ_CAPACITY = Key.integer("min_read_capacity", "Read capacity units auto scaling keeps provisioned at least (priced)");
    public static final Key<Integer> MAX_READ_CAPACITY = Key.integer("max_read_capacity", "Read capacity units auto scaling may provision up to");
    public static final Key<Integer> MIN_WRITE_CAPACITY = Key.integer("min_write_capacity", "Write capacity units auto scaling keeps provisioned at least (priced)");
    public static final Key<Integer> MAX_WRITE_CAPACITY = Key.integer("max_write_capacity", "Write capacity units auto scaling may provision up to");
    public static final Key<Boolean> STREAMS = Key.flag("streams", "Change stream enabled");
    public static final Key<Boolean> TTL = Key.flag("ttl", "Items expire by a time-to-live attribute");
    public static final Key<Boolean> CLUSTER_MODE = Key.flag("cluster_mode", "Data partitioned across shards");
    public static final Key<String> FAILOVER = Key.label("failover", "Automatic failover in words");
    public static final Key<String> AUTH = Key.label("auth", "How clients authenticate");
    public static final Key<String> AZ_MODE = Key.text("az_mode", "Node placement across zones");

    // ------------------------------------------------------------------ object storage
    public static final Key<Lifecycle> LIFECYCLE = Key.of("lifecycle", Lifecycle.class, "Tiering and expiry rules");
    public static final Key<Integer> RETENTION_DAYS = Key.integer("retention_days", "Days recovery points, logs or messages are kept (0: until deleted)");
    public static final Key<Boolean> OBJECT_LOCK = Key.flag("object_lock", "Write-once retention available");
    public static final Key<LockMode> OBJECT_LOCK_MODE = Key.choice("object_lock_mode", LockMode.class, "Default write-once retention mode");
    public static final Key<List<String>> REPLICATION_REGIONS = Key.list("replication_regions", String.class, "Regions objects are replicated to");
    public static final Key<Boolean> REPLICATION_TIME_CONTROL = Key.flag("replication_time_control", "Replication with a 15-minute guarantee");
    public static final Key<Boolean> CDN_ORIGIN = Key.flag("cdn_origin", "Read by the CDN through origin access control");
    public static final Key<String> ACCESS = Key.label("access", "Who can read it, in words");
    public static final Key<Boolean> PUBLIC_ACCESS_BLOCKED = Key.flag("public_access_blocked", "All four public-access blocks are on");
    public static final Key<String> CONTENTS = Key.label("contents", "What it holds");
    public static final Key<Boolean> WEBSITE = Key.flag("website", "Static website hosting");
    public static final Key<String> ACL = Key.text("acl", "Canned access control list");
    public static final Key<String> BUCKET_POLICY = Key.label("bucket_policy", "The bucket policy in words");
    public static final Key<String> ENCRYPTION = Key.text("encryption", "Server-side encryption algorithm");
    public static final Key<String> STORAGE_CLASS = Key.text("storage_class", "Storage class of replicated objects");
    public static final Key<Boolean> ACCESS_LOGGING = Key.flag("access_logging", "Access logs are written");
    public static final Key<Boolean> LOGGING = Key.flag("logging", "Logging is on");
    public static final Key<String> LIFECYCLE_RULES = Key.label("lifecycle_rules", "Every lifecycle rule in words, those limited to a prefix, tag or size included");

    // ------------------------------------------------------------------ edge, DNS, network, load balancing
    public static final Key<String> PRICE_GEOGRAPHY = Key.text("price_geography", "Where a CDN's requests are billed (na, eu...)");
    public static final Key<String> ORIGINS = Key.label("origins", "CDN origins in words");
    public static final Key<String> ORIGIN_FAILOVER = Key.label("origin_failover", "CDN origin failover in words");
    public static final Key<String> MIN_TLS = Key.text("min_tls", "Minimum TLS protocol or security policy");
    public static final Key<String> PRICE_CLASS = Key.text("price_class", "CDN edge locations used");
    public static final Key<String> GEO_RESTRICTION = Key.text("geo_restriction", "Geographic restriction type");
    public static final Key<Boolean> IPV6 = Key.flag("ipv6", "IPv6 enabled");
    public static final Key<List<String>> VIEWER_PROTOCOL_POLICY = Key.list("viewer_protocol_policy", String.class, "How viewers' HTTP is handled per cache behaviour");
    public static final Key<String> WEB_ACL = Key.text("web_acl", "Web ACL protecting it");
    public static final Key<List<String>> ALIASES = Key.list("aliases", String.class, "Alternate domain names");
    public static final Key<List<Routing>> ROUTING = Key.list("routing", Routing.class, "DNS routing policies in use");
    public static final Key<String> RECORDS = Key.label("records", "DNS records in words");
    public static final Key<String> HEALTH_CHECKS = Key.label("health_checks", "DNS health checks in words");
    public static final Key<Integer> TTL_SECONDS = Key.integer("ttl_seconds", "DNS record time to live");
    public static final Key<String> ZONE = Key.label("zone", "Hosted zone in words");
    public static final Key<Boolean> QUERY_LOGGING = Key.flag("query_logging", "DNS queries are logged");
    public static final Key<String> CIDR = Key.text("cidr", "Network address range");
    public static final Key<List<String>> GATEWAY_ENDPOINTS = Key.list("gateway_endpoints", String.class, "Services reached through gateway endpoints (s3, dynamodb)");
    public static final Key<List<String>> INTERFACE_ENDPOINTS = Key.list("interface_endpoints", String.class, "Services reached through interface endpoints");
    public static final Key<String> FLOW_LOGS = Key.label("flow_logs", "Network flow logs in words");
    public static final Key<Boolean> INTERNET_GATEWAY = Key.flag("internet_gateway", "An internet gateway is attached");
    public static final Key<String> NAT_PLACEMENT = Key.label("nat_placement", "Where the NAT gateways are, in words");
    public static final Key<String> CONNECTIVITY = Key.text("connectivity", "Public or private NAT");
    public static final Key<String> ZONES = Key.label("zones", "Zones it spans, in words");
    public static final Key<Integer> ZONE_COUNT = Key.integer("zone_count", "Zones it spans, counted from its subnets when their zones are not known");
    public static final Key<String> LISTENERS = Key.label("listeners", "Listeners in words");
    public static final Key<Boolean> ACCESS_LOGS = Key.flag("access_logs", "Load balancer access logs");
    public static final Key<Boolean> DROP_INVALID_HEADERS = Key.flag("drop_invalid_headers", "Invalid HTTP headers are dropped");
    public static final Key<String> LB_TYPE = Key.text("lb_type", "Load balancer type");
    public static final Key<String> ENDPOINT_TYPE = Key.text("endpoint_type", "VPC endpoint type (Interface, Gateway, GatewayLoadBalancer)");
    public static final Key<Boolean> TRANSIT_GATEWAY = Key.flag("transit_gateway", "Attached to a transit gateway (billed as an attachment too)");
    public static final Key<String> WORKFLOW_TYPE = Key.text("workflow_type", "Workflow type (STANDARD or EXPRESS)");
    public static final Key<Integer> CONSUMERS = Key.integer("consumers", "Enhanced fan-out consumers registered on a stream");
    public static final Key<Integer> ARCHIVES = Key.integer("archives", "Event archives of a bus");
    public static final Key<String> ATTACHED_TO = Key.label("attached_to", "What an address or attachment is attached to, in words");
    public static final Key<String> ATTACHMENT_TYPE = Key.text("attachment_type", "Transit gateway attachment type (vpc, peering)");
    public static final Key<String> ENDPOINT = Key.label("endpoint", "API endpoint in words");
    public static final Key<String> PROTOCOL = Key.text("protocol", "API protocol");
    public static final Key<String> OPEN_INGRESS = Key.label("open_ingress", "Ports its security groups open to the internet, in words");

    // ------------------------------------------------------------------ firewall
    public static final Key<String> SCOPE = Key.text("scope", "Where a web ACL applies: CLOUDFRONT or REGIONAL");
    public static final Key<List<String>> RULES = Key.list("rules", String.class, "Managed rule groups and rules, in evaluation order");
    public static final Key<Integer> RULE_COUNT = Key.integer("rule_count", "Rules and rule groups");
    public static final Key<String> DEFAULT_ACTION = Key.text("default_action", "What happens to requests no rule matches");

    // ------------------------------------------------------------------ keys and secrets
    public static final Key<Boolean> ROTATION = Key.flag("rotation", "Keys or secrets are rotated automatically");
    public static final Key<Integer> ROTATION_DAYS = Key.integer("rotation_days", "Days between rotations");
    public static final Key<Boolean> MULTI_REGION = Key.flag("multi_region", "Spans regions (multi-Region key, multi-region trail)");
    public static final Key<Integer> DELETION_WINDOW_DAYS = Key.integer("deletion_window_days", "Waiting period before a key is deleted");
    public static final Key<String> KEY_SPEC = Key.text("key_spec", "Key type");
    public static final Key<String> KEY_USAGE = Key.text("key_usage", "What the key is for");
    public static final Key<String> KEY_POLICY = Key.label("key_policy", "Key policy in words");
    public static final Key<Boolean> ENABLED = Key.flag("enabled", "The service is switched on");
    public static final Key<Integer> RECOVERY_WINDOW_DAYS = Key.integer("recovery_window_days", "Days a deleted secret can be restored");
    public static final Key<Boolean> VALUE_IN_CONFIGURATION = Key.flag("value_in_configuration", "The secret value is written in the configuration (and stored in state)");

    // ------------------------------------------------------------------ audit, detection, backup, monitoring, queues
    public static final Key<String> COVERAGE = Key.label("coverage", "What an audit trail records, in words");
    public static final Key<Boolean> LOG_FILE_VALIDATION = Key.flag("log_file_validation", "Log files are signed");
    public static final Key<Boolean> ORGANIZATION_TRAIL = Key.flag("organization_trail", "Records every account of the organisation");
    public static final Key<Boolean> GLOBAL_SERVICE_EVENTS = Key.flag("global_service_events", "Records global services' events");
    public static final Key<String> DATA_EVENTS = Key.label("data_events", "Data events recorded, in words");
    public static final Key<String> CLOUDWATCH_LOGS = Key.label("cloudwatch_logs", "Delivery to a log group, in words");
    public static final Key<String> DESTINATION = Key.text("destination", "The component (or resource) logs are delivered to");
    public static final Key<String> SOURCES = Key.label("sources", "Data sources analysed");
    public static final Key<List<String>> STANDARDS = Key.list("standards", String.class, "Security standards enabled (ids in the provider's standards data file)");
    public static final Key<List<String>> CONFORMANCE_PACKS = Key.list("conformance_packs", String.class, "Conformance packs deployed (ids in the provider's data file)");
    public static final Key<Boolean> GLOBAL_RESOURCES = Key.flag("global_resources", "Global resource types are recorded");
    public static final Key<List<String>> FEATURES = Key.list("features", String.class, "Detection features enabled");
    public static final Key<String> BACKUP_SOURCE = Key.text("backup_source", "Service family whose snapshots a backup plan stores (prices them)");
    public static final Key<Integer> COPY_RETENTION_DAYS = Key.integer("copy_retention_days", "Days copies in another region are kept");
    public static final Key<Integer> COPY_EVERY_HOURS = Key.integer("copy_every_hours", "Hours between cross-region copies of the backups");
    public static final Key<Integer> BACKUP_EVERY_HOURS = Key.integer("backup_every_hours", "Hours between scheduled backups");
    public static final Key<LockMode> VAULT_LOCK = Key.choice("vault_lock", LockMode.class, "Backup vault lock mode");
    public static final Key<String> COPIES = Key.label("copies", "Backup copies in words");
    public static final Key<Boolean> CONTINUOUS_BACKUP = Key.flag("continuous_backup", "Continuous backups for point-in-time restore");
    public static final Key<List<String>> PROTECTS = Key.list("protects", String.class, "Components (or resources) a backup plan covers");
    public static final Key<String> VAULT = Key.label("vault", "Its part as a backup vault, in words");
    public static final Key<String> ALARMS = Key.label("alarms", "Alarms in words");
    public static final Key<Integer> DASHBOARDS = Key.integer("dashboards", "Dashboards");
    public static final Key<String> LOG_GROUPS = Key.label("log_groups", "Log groups in words");
    public static final Key<String> METRIC_FILTERS = Key.label("metric_filters", "Log metric filters and the metrics they publish, in words");
    public static final Key<Integer> LOG_RETENTION_DAYS = Key.integer("log_retention_days", "Days logs are kept in the log service (CloudWatch Logs); 0: kept forever");
    public static final Key<Integer> SUBSCRIPTIONS = Key.integer("subscriptions", "Topic subscriptions");
    public static final Key<Boolean> FIFO = Key.flag("fifo", "First-in-first-out ordering");
    public static final Key<String> DEAD_LETTER_QUEUE = Key.label("dead_letter_queue", "Where failed messages go, in words");
    public static final Key<Integer> MESSAGE_RETENTION_SECONDS = Key.integer("message_retention_seconds", "Seconds messages are kept");

    // ------------------------------------------------------------------ review: security exposure
    public static final Key<Boolean> ANONYMOUS_ACCESS = Key.flag("anonymous_access", "Its resource policy allows any principal, with no condition");
    public static final Key<String> FUNCTION_URL_AUTH = Key.text("function_url_auth", "How callers of the function URL authenticate (NONE or AWS_IAM)");
    public static final Key<Boolean> OPEN_ROUTES = Key.flag("open_routes", "An API route or method is callable without authorization");
    public static final Key<Boolean> SSH_FROM_INTERNET = Key.flag("ssh_from_internet", "Its security groups allow SSH (port 22) from anywhere");
    public static final Key<Boolean> RDP_FROM_INTERNET = Key.flag("rdp_from_internet", "Its security groups allow RDP (port 3389) from anywhere");
    public static final Key<Boolean> DATABASE_PORT_FROM_INTERNET = Key.flag("database_port_from_internet",
            "Its security groups allow a database or cache port (3306, 5432, 1433, 1521, 6379, 11211, 27017, 9200, 5439, 9092...) from anywhere");
    public static final Key<Boolean> ALL_PORTS_FROM_INTERNET = Key.flag("all_ports_from_internet", "Its security groups allow every port from anywhere");
    public static final Key<Boolean> DEFAULT_SECURITY_GROUP_RULES = Key.flag("default_security_group_rules", "The network's default security group has rules letting traffic in or out");
    public static final Key<Boolean> NACL_ADMIN_FROM_INTERNET = Key.flag("nacl_admin_from_internet", "A network ACL allows SSH or RDP in from anywhere");
    public static final Key<Boolean> PUBLIC_IP_ON_LAUNCH = Key.flag("public_ip_on_launch", "A subnet gives every instance launched in it a public IP address");
    public static final Key<Boolean> IMAGE_SCANNING = Key.flag("image_scanning", "Images are scanned for vulnerabilities when pushed");
    public static final Key<Boolean> IMMUTABLE_TAGS = Key.flag("immutable_tags", "Image tags cannot be overwritten");
    public static final Key<Boolean> ROLE_ALLOWS_ALL_ACTIONS = Key.flag("role_allows_all_actions", "A policy of the role it runs as allows every action (\"*\")");
    public static final Key<Boolean> ROLE_ALLOWS_IAM_ADMIN = Key.flag("role_allows_iam_admin", "A policy of the role it runs as allows every IAM action (iam:*)");
    public static final Key<Boolean> ROLE_PASSES_ANY_ROLE = Key.flag("role_passes_any_role", "A policy of the role it runs as allows iam:PassRole on every role");
    public static final Key<Boolean> ROLE_CAN_ESCALATE = Key.flag("role_can_escalate",
            "A policy of the role it runs as allows an action that grants more permissions (iam:CreatePolicyVersion, iam:PutRolePolicy...) on every resource");
    public static final Key<Boolean> ROLE_SERVICE_WILDCARD = Key.flag("role_service_wildcard",
            "A policy of the role it runs as allows every action of a service (s3:*, dynamodb:*...) on every resource");
    public static final Key<Boolean> SECRET_IN_ENVIRONMENT = Key.flag("secret_in_environment", "An environment variable holds what looks like a secret, written in the configuration");
    public static final Key<Boolean> SECRET_IN_USER_DATA = Key.flag("secret_in_user_data", "The instance user data holds what looks like a secret, written in the configuration");
    public static final Key<Boolean> PASSWORD_IN_CONFIGURATION = Key.flag("password_in_configuration", "The master password is written in the configuration (a literal or a variable default)");

    // ------------------------------------------------------------------ review: reliability, cost, performance
    public static final Key<Boolean> COST_TAGS = Key.flag("cost_tags",
            "Tagged with more than a Name (its own tags, or the provider's default tags), so its cost can be allocated");

    // review: encryption, logging, operations
    public static final Key<Boolean> HTTPS_ONLY = Key.flag("https_only", "Only HTTPS requests are accepted (plain HTTP is refused)");
    public static final Key<Boolean> LOG_GROUPS_KMS = Key.flag("log_groups_kms", "Every log group is encrypted with a KMS key (else with the service's own key)");
    public static final Key<List<String>> WATCHES = Key.list("watches", String.class, "Resources (or components) the alarms watch, from their dimensions");
    public static final Key<Boolean> DEAD_LETTER = Key.flag("dead_letter", "What keeps failing goes to a dead-letter queue or an on-failure destination");
    public static final Key<Boolean> DEAD_LETTER_TARGET = Key.flag("dead_letter_target", "It is a dead-letter queue: it receives what others failed to process");

    private static final Map<String, Key<?>> BY_NAME = index();

    private static Map<String, Key<?>> index() {
        Map<String, Key<?>> m = new TreeMap<>();
        for (Field f : Keys.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Key.class) {
                try {
                    Key<?> k = (Key<?>) f.get(null);
                    if (m.put(k.name(), k) != null) {
                        throw new IllegalStateException("setting " + k.name() + " declared twice");
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** Every key, by name. */
    public static Map<String, Key<?>> all() {
        return BY_NAME;
    }

    public static Optional<Key<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
