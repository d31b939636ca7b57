resource "aws_lb" "bad" {
  name               = "bad"
  load_balancer_type = "network"
  subnets            = ["subnet-aaaa1111"] # expect: CW-AWS-237
}

variable "public_subnets" {
  type    = list(string)
  default = ["subnet-aaaa1111", "subnet-bbbb2222"]
}

resource "aws_lb" "good" {
  name               = "good"
  load_balancer_type = "network"
  subnets            = var.public_subnets
}
