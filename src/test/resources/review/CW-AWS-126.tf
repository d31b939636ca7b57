resource "aws_vpc" "bad" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "bad" {
  vpc_id                  = aws_vpc.bad.id
  cidr_block              = "10.0.1.0/24"
  availability_zone       = "us-east-1a"
  map_public_ip_on_launch = true # expect: CW-AWS-126
}

resource "aws_vpc" "good" {
  cidr_block = "10.1.0.0/16"
}

resource "aws_subnet" "good" {
  count                   = 2
  vpc_id                  = aws_vpc.good.id
  cidr_block              = "10.1.${count.index}.0/24"
  availability_zone       = "us-east-1a"
  map_public_ip_on_launch = count.index > 5
}
