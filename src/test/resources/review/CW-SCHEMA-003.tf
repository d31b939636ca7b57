resource "aws_lb" "bad" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  access_log { # expect: CW-SCHEMA-003
    bucket = "logs"
  }
}

resource "aws_lb" "good" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  access_logs {
    bucket  = "logs"
    enabled = true
  }
}
