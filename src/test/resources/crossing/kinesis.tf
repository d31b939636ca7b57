resource "aws_kinesis_stream" "clicks" {
  name             = "clicks"
  shard_count      = 4
  retention_period = 48
  encryption_type  = "KMS"
  kms_key_id       = "alias/aws/kinesis"
}
resource "aws_kinesis_stream_consumer" "analytics" {
  name       = "analytics"
  stream_arn = aws_kinesis_stream.clicks.arn
}
resource "aws_kinesis_stream" "audit" {
  name = "audit"
  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}
resource "aws_kinesis_firehose_delivery_stream" "archive" {
  name        = "archive"
  destination = "extended_s3"
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::archive"
  }
}
