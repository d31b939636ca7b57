resource "aws_lb" "bad" { # expect: CW-AWS-005
  name               = "bad"
  load_balancer_type = "application"
  subnets            = ["subnet-1", "subnet-2"]
}

resource "aws_lb" "good" {
  name                       = "good"
  load_balancer_type         = "application"
  subnets                    = ["subnet-1", "subnet-2"]
  drop_invalid_header_fields = true
}
