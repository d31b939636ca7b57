resource "aws_security_group" "bad" {
  name = "bad"
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: CW-AWS-122
  }
}

resource "aws_db_instance" "bad" {
  engine                 = "postgres"
  instance_class         = "db.t4g.micro"
  allocated_storage      = 20
  vpc_security_group_ids = [aws_security_group.bad.id]
}

resource "aws_security_group" "app" {
  name = "app"
}

resource "aws_security_group" "good" {
  name = "good"
  ingress {
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }
}

resource "aws_db_instance" "good" {
  engine                 = "postgres"
  instance_class         = "db.t4g.micro"
  allocated_storage      = 20
  vpc_security_group_ids = [aws_security_group.good.id]
}
