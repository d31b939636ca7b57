output "vpc_id" {
  description = "ID of the VPC."
  value       = aws_vpc.this.id
}

output "vpc_cidr_block" {
  description = "IPv4 CIDR block of the VPC."
  value       = aws_vpc.this.cidr_block
}

output "public_subnet_ids" {
  description = "Public subnet IDs, in AZ order."
  value       = [for az in var.azs : aws_subnet.public[az].id]
}

output "private_subnet_ids" {
  description = "Private (application) subnet IDs, in AZ order."
  value       = [for az in var.azs : aws_subnet.private[az].id]
}

output "data_subnet_ids" {
  description = "Data subnet IDs, in AZ order."
  value       = [for az in var.azs : aws_subnet.data[az].id]
}

output "nat_public_ips" {
  description = "Elastic IPs of the NAT gateways, by AZ (for partner allow-lists)."
  value       = { for az, eip in aws_eip.nat : az => eip.public_ip }
}

output "s3_endpoint_id" {
  description = "ID of the S3 gateway endpoint."
  value       = aws_vpc_endpoint.s3.id
}
