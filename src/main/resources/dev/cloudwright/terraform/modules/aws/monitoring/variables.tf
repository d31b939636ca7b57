variable "name" {
  description = "Prefix for resource names: lowercase letters, digits and hyphens. Alarm names start with <name>-."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$", var.name))
    error_message = "name must be 1-40 lowercase letters, digits or hyphens, not starting or ending with a hyphen."
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

variable "kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts the alarm topic and the alarm history log group. Its policy must let cloudwatch.amazonaws.com use it (the kms module's policy does)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/.+$", var.kms_key_arn))
    error_message = "kms_key_arn must be the ARN of a KMS key (arn:aws:kms:<region>:<account>:key/<id>)."
  }
}

variable "alarm_email" {
  description = "E-mail address subscribed to the alarm topic. The subscription stays pending until the recipient confirms it."
  type        = string

  validation {
    condition     = can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.alarm_email))
    error_message = "alarm_email must be an e-mail address."
  }
}

variable "alb_arn_suffix" {
  description = "ARN suffix of the application load balancer (app/<name>/<id>): 5XX rate and p99 latency alarms. Null: no load balancer alarms."
  type        = string
  default     = null

  validation {
    condition     = var.alb_arn_suffix == null || can(regex("^app/[^/]+/[0-9a-f]+$", var.alb_arn_suffix))
    error_message = "alb_arn_suffix must be null or an application load balancer ARN suffix (app/<name>/<id>)."
  }
}

variable "target_group_arn_suffix" {
  description = "ARN suffix of the load balancer's target group (targetgroup/<name>/<id>): unhealthy host alarm (needs alb_arn_suffix too). Null: no target group alarm."
  type        = string
  default     = null

  validation {
    condition     = var.target_group_arn_suffix == null || can(regex("^targetgroup/[^/]+/[0-9a-f]+$", var.target_group_arn_suffix))
    error_message = "target_group_arn_suffix must be null or a target group ARN suffix (targetgroup/<name>/<id>)."
  }
}

variable "ecs_cluster_name" {
  description = "Name of the ECS cluster of the service to watch (with ecs_service_name): CPU and memory utilisation alarms. Null: no ECS alarms."
  type        = string
  default     = null
}

variable "ecs_service_name" {
  description = "Name of the ECS service to watch (with ecs_cluster_name). Null: no ECS alarms."
  type        = string
  default     = null
}

variable "lambda_function_name" {
  description = "Name of the Lambda function: error rate, throttle and p99 duration alarms. Null: no Lambda alarms."
  type        = string
  default     = null
}

variable "api_id" {
  description = "Id of the API Gateway HTTP API: 5xx rate and p99 latency alarms. Null: no API alarms."
  type        = string
  default     = null
}

variable "aurora_cluster_identifier" {
  description = "Identifier of the Aurora cluster: CPU, freeable memory and replica lag alarms. Null: no Aurora alarms."
  type        = string
  default     = null
}

variable "rds_instance_identifier" {
  description = "Identifier of the RDS instance: CPU and free storage alarms. Null: no RDS alarms."
  type        = string
  default     = null
}

variable "dynamodb_table_name" {
  description = "Name of the DynamoDB table: throttling and system error alarms. Null: no DynamoDB alarms."
  type        = string
  default     = null
}

variable "elasticache_replication_group_id" {
  description = "Id of the ElastiCache (Valkey or Redis OSS) replication group: engine CPU and memory alarms on each node. Null: no ElastiCache alarms. Memcached is not covered."
  type        = string
  default     = null
}

variable "elasticache_num_node_groups" {
  description = "Number of shards (node groups) of the replication group, as given to the elasticache module; more than 1 means cluster mode. ElastiCache publishes engine metrics per node only, and node ids follow from the group id and this layout."
  type        = number
  default     = 1

  validation {
    condition     = var.elasticache_num_node_groups >= 1 && var.elasticache_num_node_groups <= 500 && floor(var.elasticache_num_node_groups) == var.elasticache_num_node_groups
    error_message = "elasticache_num_node_groups must be a whole number from 1 to 500."
  }
}

variable "elasticache_replicas_per_node_group" {
  description = "Number of replicas in each shard of the replication group, as given to the elasticache module (0 to 5)."
  type        = number
  default     = 1

  validation {
    condition     = var.elasticache_replicas_per_node_group >= 0 && var.elasticache_replicas_per_node_group <= 5 && floor(var.elasticache_replicas_per_node_group) == var.elasticache_replicas_per_node_group
    error_message = "elasticache_replicas_per_node_group must be a whole number from 0 to 5."
  }
}

variable "asg_name" {
  description = "Name of the EC2 Auto Scaling group: CPU utilisation alarm. Null: no Auto Scaling group alarm."
  type        = string
  default     = null
}

variable "eks_cluster_name" {
  description = "Name of the EKS cluster: failed node count alarm on the Container Insights metric cluster_failed_node_count (Container Insights must be enabled on the cluster). Null: no EKS alarm."
  type        = string
  default     = null
}

variable "latency_p99_seconds" {
  description = "Threshold of the p99 latency alarms, in seconds (load balancer target response time, API latency, Lambda duration)."
  type        = number
  default     = 1

  validation {
    condition     = var.latency_p99_seconds > 0 && var.latency_p99_seconds <= 900
    error_message = "latency_p99_seconds must be greater than 0 and at most 900."
  }
}

variable "log_retention_days" {
  description = "Retention, in days, of the log group that archives this module's alarm state changes (a value CloudWatch Logs accepts)."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653."
  }
}

variable "watch" {
  description = "Kinds of resources to alarm on (alb, ecs, lambda, api, aurora, rds, dynamodb, elasticache, asg, eks). Set it when identifiers come from other modules and are only known after apply; null derives it from which identifiers are set."
  type        = list(string)
  default     = null

  validation {
    condition     = var.watch == null ? true : alltrue([for w in var.watch : contains(["alb", "ecs", "lambda", "api", "aurora", "rds", "dynamodb", "elasticache", "asg", "eks"], w)])
    error_message = "watch entries must be among alb, ecs, lambda, api, aurora, rds, dynamodb, elasticache, asg, eks."
  }
}

variable "security_findings" {
  description = "Page the alarm topic with the region's high-severity GuardDuty findings (an EventBridge rule, allowed by the topic policy)."
  type        = bool
  default     = false
}
