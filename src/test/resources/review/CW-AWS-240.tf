resource "aws_dynamodb_table" "bad" {
  name                        = "bad"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = false # expect: CW-AWS-240
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "good" {
  name                        = "good"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = true
  attribute {
    name = "id"
    type = "S"
  }
}
