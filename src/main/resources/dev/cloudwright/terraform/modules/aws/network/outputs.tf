output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr" {
  description = "IPv4 CIDR block of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "public_subnet_ids" {
  description = "IDs of the public subnets, in the order of var.azs (for internet-facing load balancers)."
  value       = [for az in var.azs : aws_subnet.public[az].id]
}

output "private_subnet_ids" {
  description = "IDs of the private (application) subnets, in the order of var.azs."
  value       = [for az in var.azs : aws_subnet.private[az].id]
}

output "data_subnet_ids" {
  description = "IDs of the data subnets (no internet route), in the order of var.azs."
  value       = [for az in var.azs : aws_subnet.data[az].id]
}

output "private_route_table_ids" {
  description = "IDs of the private (application) tier route tables, one per zone in the order of var.azs."
  value       = [for az in var.azs : aws_route_table.private[az].id]
}

output "nat_public_ips" {
  description = "Public IPv4 addresses of the NAT gateways (egress addresses of the private subnets); empty when nat_gateways is none."
  value       = [for az in local.nat_azs : aws_eip.nat[az].public_ip]
}
