resource "aws_db_instance" "bad" {
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  publicly_accessible = true # expect: CW-AWS-002
}

variable "public" {
  type    = bool
  default = false
}

# Evaluated, not guessed: the variable's value keeps this one private.
resource "aws_db_instance" "good" {
  engine              = "postgres"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  publicly_accessible = var.public
}
