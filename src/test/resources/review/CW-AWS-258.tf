locals {
  tags = { Environment = "staging" }
}

resource "aws_instance" "bad" { # expect: CW-AWS-258
  ami           = "ami-12345678"
  instance_type = "m7g.4xlarge"
  tags          = local.tags
}

resource "aws_db_instance" "bad" { # expect: CW-AWS-258
  identifier        = "bad"
  engine            = "postgres"
  instance_class    = "db.r7g.2xlarge"
  allocated_storage = 100
  tags              = local.tags
}

resource "aws_instance" "good" {
  ami           = "ami-12345678"
  instance_type = "m7g.large"
  tags          = local.tags
}
