resource "aws_db_instance" "bad" { # expect: CW-AWS-150
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
}

# Encrypted with the AWS-managed aws/dynamodb key.
resource "aws_dynamodb_table" "bad" { # expect: CW-AWS-150
  name         = "bad"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled = true
  }
}

resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}

variable "key_arn" {
  type    = string
  default = "arn:aws:kms:us-east-1:123456789012:key/1234abcd"
}

resource "aws_db_instance" "good" {
  count             = 2
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  storage_encrypted = true
  kms_key_id        = var.key_arn
}

resource "aws_dynamodb_table" "good" {
  name         = "good"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.data.arn
  }
}
