resource "aws_subnet" "public" {
  for_each          = { a = "us-east-1a", b = "us-east-1b" }
  vpc_id            = "vpc-12345678"
  cidr_block        = each.key == "a" ? "10.0.1.0/24" : "10.0.2.0/24"
  availability_zone = each.value
}

resource "aws_subnet" "private" {
  for_each          = { a = "us-east-1a", b = "us-east-1b" }
  vpc_id            = "vpc-12345678"
  cidr_block        = each.key == "a" ? "10.0.11.0/24" : "10.0.12.0/24"
  availability_zone = each.value
}

resource "aws_launch_template" "app" {
  image_id      = "ami-12345678"
  instance_type = "m7g.large"
}

resource "aws_autoscaling_group" "app" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = [for s in aws_subnet.private : s.id]
  launch_template {
    id = aws_launch_template.app.id
  }
}

resource "aws_nat_gateway" "bad" { # expect: CW-AWS-244
  subnet_id     = aws_subnet.public["a"].id
  allocation_id = "eipalloc-12345678"
}

resource "aws_nat_gateway" "good" {
  for_each      = aws_subnet.public
  subnet_id     = each.value.id
  allocation_id = "eipalloc-1234567${each.key == "a" ? "1" : "2"}"
}
