resource "aws_vpc" "bad" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_network_acl" "bad" {
  vpc_id = aws_vpc.bad.id
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "0.0.0.0/0" # expect: CW-AWS-125
    from_port  = 22
    to_port    = 22
  }
}

resource "aws_vpc" "good" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_network_acl" "good" {
  vpc_id = aws_vpc.good.id
}

# A deny earlier in the order wins over the allow after it.
resource "aws_network_acl_rule" "good_deny" {
  network_acl_id = aws_network_acl.good.id
  rule_number    = 90
  egress         = false
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 3389
  to_port        = 3389
}

resource "aws_network_acl_rule" "good_https" {
  network_acl_id = aws_network_acl.good.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 3389
}
