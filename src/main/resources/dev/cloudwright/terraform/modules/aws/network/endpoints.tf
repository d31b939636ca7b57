# Gateway endpoints keep S3 and DynamoDB traffic of the private and data tiers on the AWS network
# (no NAT gateway charges, reachable from the data tier that has no internet route). They use the
# default endpoint policy: a restrictive one would also block AWS-owned buckets that services such
# as ECR (image layers) and the Amazon Linux package repositories depend on.
resource "aws_vpc_endpoint" "gateway" {
  for_each = toset(var.gateway_endpoints)

  vpc_id            = aws_vpc.this.id
  service_name      = "com.amazonaws.${data.aws_region.current.region}.${each.key}"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = concat([for az in var.azs : aws_route_table.private[az].id], [aws_route_table.data.id])

  tags = merge(var.tags, { Name = "${var.name}-${each.key}", "cloudwright:component" = var.component_id })
}
