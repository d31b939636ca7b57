resource "aws_dynamodb_table" "bad" {
  name           = "bad"
  billing_mode   = "PROVISIONED" # expect: CW-AWS-262
  read_capacity  = 100
  write_capacity = 50
  hash_key       = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "good" {
  name         = "good"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "good_scaled" {
  name           = "good-scaled"
  billing_mode   = "PROVISIONED"
  read_capacity  = 10
  write_capacity = 10
  hash_key       = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_appautoscaling_target" "good_read" {
  service_namespace  = "dynamodb"
  resource_id        = "table/${aws_dynamodb_table.good_scaled.name}"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  min_capacity       = 10
  max_capacity       = 200
}
