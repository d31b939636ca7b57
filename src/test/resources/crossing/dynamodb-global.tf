provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}
resource "aws_dynamodb_table" "orders" {
  name             = "orders"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = true
  }
  server_side_encryption {
    enabled = true
  }
}
resource "aws_dynamodb_table_replica" "dr" {
  provider         = aws.dr
  global_table_arn = aws_dynamodb_table.orders.arn
}
