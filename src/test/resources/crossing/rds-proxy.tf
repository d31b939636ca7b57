resource "aws_db_instance" "orders" {
  identifier                  = "orders"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.m7g.xlarge"
  allocated_storage           = 100
  storage_type                = "gp3"
  multi_az                    = true
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
}
resource "aws_db_proxy" "orders" {
  name                   = "orders"
  engine_family          = "POSTGRESQL"
  role_arn               = "arn:aws:iam::123456789012:role/proxy"
  vpc_subnet_ids         = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  require_tls            = true
  auth {
    auth_scheme = "SECRETS"
    iam_auth    = "REQUIRED"
    secret_arn  = "arn:aws:secretsmanager:us-east-1:123456789012:secret:orders"
  }
}
resource "aws_db_proxy_default_target_group" "orders" {
  db_proxy_name = aws_db_proxy.orders.name
  connection_pool_config {
    max_connections_percent = 90
  }
}
resource "aws_db_proxy_target" "orders" {
  db_proxy_name          = aws_db_proxy.orders.name
  target_group_name      = aws_db_proxy_default_target_group.orders.name
  db_instance_identifier = aws_db_instance.orders.identifier
}
