resource "aws_vpc_endpoint" "gateway" {
  for_each = var.gateway_endpoints

  vpc_id            = aws_vpc.this.id
  service_name      = "${local.region_prefix}.${each.value}"
  vpc_endpoint_type = "Gateway"

  route_table_ids = concat(
    [for rt in aws_route_table.private : rt.id],
    [aws_route_table.data.id],
  )

  tags = merge(local.common_tags, { Name = "${var.name}-${each.value}-gw" })
}

resource "aws_security_group" "endpoints" {
  count = length(var.interface_endpoints) > 0 ? 1 : 0

  name_prefix = "${var.name}-vpce-"
  description = "HTTPS from inside the VPC to interface endpoints"
  vpc_id      = aws_vpc.this.id

  ingress {
    description = "TLS from VPC"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [aws_vpc.this.cidr_block]
  }

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_vpc_endpoint" "interface" {
  for_each = var.interface_endpoints

  vpc_id              = aws_vpc.this.id
  service_name        = "${local.region_prefix}.${replace(each.key, "_", ".")}"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = each.value.private_dns
  policy              = each.value.policy
  security_group_ids  = aws_security_group.endpoints[*].id

  subnet_ids = each.value.subnet_tier == "data" ? aws_subnet.data[*].id : [
    for s in aws_subnet.private : s.id
  ]

  tags = merge(local.common_tags, {
    Name = "${var.name}-${each.key}"
  })
}
