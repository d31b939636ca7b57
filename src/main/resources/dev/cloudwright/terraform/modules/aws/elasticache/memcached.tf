# Memcached: a cluster with TLS in transit. Memcached has no authentication, and node-based Memcached clusters do not support
# encryption at rest (at_rest_encryption_enabled is not set, kms_key_arn is not used):
# https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html

resource "aws_elasticache_cluster" "memcached" {
  count = local.is_memcached ? 1 : 0

  cluster_id           = var.name
  engine               = "memcached"
  engine_version       = var.engine_version
  node_type            = var.node_type
  num_cache_nodes      = var.num_node_groups
  az_mode              = var.num_node_groups > 1 ? "cross-az" : "single-az"
  port                 = local.port
  parameter_group_name = aws_elasticache_parameter_group.this.name

  subnet_group_name  = aws_elasticache_subnet_group.this.name
  security_group_ids = [aws_security_group.this.id]

  transit_encryption_enabled = true

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })

  lifecycle {
    precondition {
      condition     = local.major > 1 || tonumber(local.version_parts[1]) > 6 || (tonumber(local.version_parts[1]) == 6 && tonumber(try(local.version_parts[2], "0")) >= 12)
      error_message = "engine_version must be 1.6.12 or later for memcached: in-transit encryption needs it."
    }

    precondition {
      condition     = var.kms_key_arn == null
      error_message = "Memcached clusters do not support encryption at rest: leave kms_key_arn null rather than suggest the data is encrypted."
    }

    precondition {
      condition     = var.num_node_groups <= 40
      error_message = "A Memcached cluster has at most 40 nodes (num_node_groups)."
    }
  }
}
