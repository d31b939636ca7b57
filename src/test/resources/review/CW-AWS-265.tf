resource "aws_instance" "bad" { # expect: CW-AWS-265
  ami           = "ami-12345678"
  instance_type = "m7g.large"
}

resource "aws_s3_bucket" "bad_named_only" { # expect: CW-AWS-265
  bucket = "bad-named-only"
  tags   = { Name = "bad" }
}

locals {
  cost_tags = { Team = "shop", Service = "checkout" }
}

resource "aws_instance" "good" {
  ami           = "ami-12345678"
  instance_type = "m7g.large"
  tags          = merge(local.cost_tags, { Name = "good" })
}

resource "aws_launch_template" "app" {
  image_id      = "ami-12345678"
  instance_type = "m7g.large"
}

resource "aws_autoscaling_group" "good" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-aaaa1111", "subnet-bbbb2222"]
  launch_template {
    id = aws_launch_template.app.id
  }
  tag {
    key                 = "Team"
    value               = "shop"
    propagate_at_launch = true
  }
}
