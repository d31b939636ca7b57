resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_ec2_transit_gateway" "hub" {}
resource "aws_ec2_transit_gateway_vpc_attachment" "main" {
  transit_gateway_id = aws_ec2_transit_gateway.hub.id
  vpc_id             = aws_vpc.main.id
  subnet_ids         = [aws_subnet.a.id]
}
resource "aws_ec2_transit_gateway_peering_attachment" "europe" {
  transit_gateway_id      = aws_ec2_transit_gateway.hub.id
  peer_transit_gateway_id = "tgw-0123456789abcdef0"
  peer_region             = "eu-west-1"
}
resource "aws_customer_gateway" "office" {
  bgp_asn    = 65000
  ip_address = "198.51.100.1"
  type       = "ipsec.1"
}
resource "aws_vpn_connection" "office" {
  customer_gateway_id = aws_customer_gateway.office.id
  transit_gateway_id  = aws_ec2_transit_gateway.hub.id
  type                = "ipsec.1"
}
resource "aws_vpn_gateway" "legacy" {
  vpc_id = aws_vpc.main.id
}
resource "aws_vpn_connection" "legacy" {
  customer_gateway_id = aws_customer_gateway.office.id
  vpn_gateway_id      = aws_vpn_gateway.legacy.id
  type                = "ipsec.1"
}
