locals {
  tags  = { Environment = "staging" }
  zones = { a = "subnet-aaaa1111", b = "subnet-bbbb2222" }
}

resource "aws_nat_gateway" "bad" { # expect: CW-AWS-260
  for_each      = local.zones
  subnet_id     = each.value
  allocation_id = "eipalloc-1234567${each.key == "a" ? "1" : "2"}"
  tags          = local.tags
}
