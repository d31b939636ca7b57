resource "aws_kinesis_stream" "bad" { # expect: CW-AWS-156
  name        = "bad"
  shard_count = 1
}

resource "aws_kinesis_stream" "bad_none" {
  name            = "bad-none"
  shard_count     = 1
  encryption_type = "NONE" # expect: CW-AWS-156
}

variable "encryption" {
  type    = string
  default = "KMS"
}

resource "aws_kinesis_stream" "good" {
  name            = "good"
  shard_count     = 1
  encryption_type = var.encryption
  kms_key_id      = "alias/aws/kinesis"
}
