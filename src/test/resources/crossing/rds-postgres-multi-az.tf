resource "aws_db_instance" "db" {
  identifier                  = "db"
  engine                      = "postgres"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  multi_az                    = true
  storage_encrypted           = true
  manage_master_user_password = true
  username                    = "app"
}
