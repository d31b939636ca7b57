output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr_block" {
  value = aws_vpc.this.cidr_block
}

output "public_subnet_ids" {
  description = "Public subnet IDs, ordered by AZ."
  value       = [for az in local.azs : aws_subnet.public[az].id]
}

output "private_subnet_ids" {
  value = values(aws_subnet.private)[*].id
}

output "private_subnets_by_az" {
  value = { for az, s in aws_subnet.private : az => s.id }
}

output "data_subnet_ids" {
  value = aws_subnet.data.*.id
}

output "nat_public_ips" {
  description = "Elastic IPs attached to the NAT gateways (empty when nat_gateway_mode = none)."
  value       = aws_eip.nat[*].public_ip
}

output "interface_endpoint_dns" {
  value = {
    for k, ep in aws_vpc_endpoint.interface :
    k => try(ep.dns_entry[0].dns_name, null)
  }
}

output "flow_log_group_name" {
  value = one(aws_cloudwatch_log_group.flow_logs[*].name)
}
