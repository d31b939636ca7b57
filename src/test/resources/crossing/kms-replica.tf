provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}
resource "aws_kms_key" "primary" {
  description         = "orders"
  multi_region        = true
  enable_key_rotation = true
}
resource "aws_kms_replica_key" "dr" {
  provider        = aws.dr
  description     = "orders (replica)"
  primary_key_arn = aws_kms_key.primary.arn
}
