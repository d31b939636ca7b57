resource "aws_db_instance" "db" {
  identifier                  = "db"
  engine                      = "mysql"
  instance_class              = "db.m7g.large"
  allocated_storage           = 50
  manage_master_user_password = true
  username                    = "app"
}
