variable "name" {
  description = "Prefix for resource names and the replication group (or Memcached cluster) id: lowercase letters, digits and hyphens, starting with a letter."
  type        = string

  validation {
    condition     = can(regex("^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$", var.name)) && !strcontains(var.name, "--")
    error_message = "name must be 1-40 lowercase letters, digits or hyphens, start with a letter, not end with a hyphen and not contain two hyphens in a row (ElastiCache id rules)."
  }
}

variable "tags" {
  description = "Tags applied to every taggable resource (Name and cloudwright:component are added)."
  type        = map(string)
  default     = {}
}

variable "component_id" {
  description = "Id of the design component this module instance implements (tag cloudwright:component)."
  type        = string
}

variable "engine" {
  description = "Cache engine: valkey or redis (replication group with RBAC and IAM authentication) or memcached (cluster with TLS, no authentication)."
  type        = string
  default     = "valkey"

  validation {
    condition     = contains(["valkey", "redis", "memcached"], var.engine)
    error_message = "engine must be valkey, redis or memcached."
  }
}

variable "engine_version" {
  description = "Engine version, e.g. 8.0 (valkey), 7.1 (redis) or 1.6.22 (memcached). The parameter group family is derived from it. Valkey/Redis OSS need 7.0 or later for IAM authentication; Memcached needs 1.6.12 or later for TLS."
  type        = string

  validation {
    condition     = can(regex("^[0-9]+\\.[0-9]+(\\.[0-9]+)?$", var.engine_version))
    error_message = "engine_version must look like 8.0, 7.1 or 1.6.22."
  }
}

variable "node_type" {
  description = "Node type, e.g. cache.r7g.large."
  type        = string

  validation {
    condition     = can(regex("^cache\\.[a-z0-9]+\\.[a-z0-9]+$", var.node_type))
    error_message = "node_type must be an ElastiCache node type such as cache.r7g.large."
  }
}

variable "num_node_groups" {
  description = "Shards. More than one turns on cluster mode (Valkey/Redis OSS). For Memcached, the number of nodes."
  type        = number
  default     = 1

  validation {
    condition     = var.num_node_groups >= 1 && var.num_node_groups <= 500 && floor(var.num_node_groups) == var.num_node_groups
    error_message = "num_node_groups must be a whole number between 1 and 500."
  }
}

variable "replicas_per_node_group" {
  description = "Replicas of each shard (Valkey/Redis OSS). With at least one, Multi-AZ with automatic failover is on. Ignored for Memcached."
  type        = number
  default     = 1

  validation {
    condition     = var.replicas_per_node_group >= 0 && var.replicas_per_node_group <= 5 && floor(var.replicas_per_node_group) == var.replicas_per_node_group
    error_message = "replicas_per_node_group must be a whole number between 0 and 5."
  }
}

variable "vpc_id" {
  description = "VPC of the cache's security group."
  type        = string
}

variable "subnet_ids" {
  description = "Data subnets of the cache subnet group; nodes and replicas are spread over their zones."
  type        = list(string)

  validation {
    condition     = length(var.subnet_ids) >= 1
    error_message = "subnet_ids must list at least one subnet."
  }
}

variable "client_security_group_ids" {
  description = "Security groups allowed to connect on the cache port (6379, or 11211 for Memcached). No other ingress is allowed."
  type        = list(string)
  default     = []
}

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key in the cache's region: data at rest and the log groups of Valkey/Redis OSS are encrypted with it. Required for Valkey and Redis OSS; null for Memcached, whose node-based clusters have no encryption at rest (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html)."
  type        = string
  default     = null

  validation {
    condition     = var.kms_key_arn == null || can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", coalesce(var.kms_key_arn, "-")))
    error_message = "kms_key_arn must be a KMS key ARN (arn:<partition>:kms:<region>:<account>:key/<id>)."
  }
}

variable "snapshot_retention_days" {
  description = "Days automatic snapshots are kept (Valkey/Redis OSS); 0 turns them off."
  type        = number
  default     = 7

  validation {
    condition     = var.snapshot_retention_days >= 0 && var.snapshot_retention_days <= 35 && floor(var.snapshot_retention_days) == var.snapshot_retention_days
    error_message = "snapshot_retention_days must be a whole number between 0 and 35."
  }
}
