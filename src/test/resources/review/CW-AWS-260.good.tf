locals {
  tags = { Environment = "staging" }
}

resource "aws_nat_gateway" "good" {
  subnet_id     = "subnet-aaaa1111"
  allocation_id = "eipalloc-12345671"
  tags          = local.tags
}
