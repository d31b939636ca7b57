resource "aws_kinesis_firehose_delivery_stream" "bad" { # expect: CW-AWS-157
  name        = "bad"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::delivery"
  }
}

resource "aws_kinesis_firehose_delivery_stream" "bad_off" {
  name        = "bad-off"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::delivery"
  }
  server_side_encryption {
    enabled = false # expect: CW-AWS-157
  }
}

resource "aws_kinesis_firehose_delivery_stream" "good" {
  name        = "good"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::delivery"
  }
  server_side_encryption {
    enabled = true
  }
}
