resource "aws_db_instance" "bad" {
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "app"
  password          = "correct-horse-battery" # expect: CW-AWS-144
}

variable "db_password" {
  type      = string
  sensitive = true
}

# Given at plan time: not in the configuration.
resource "aws_db_instance" "good" {
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = "app"
  password          = var.db_password
}

resource "aws_rds_cluster" "good_managed" {
  cluster_identifier          = "good-managed"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
}
