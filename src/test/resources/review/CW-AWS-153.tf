resource "aws_kinesis_stream" "bad" {
  name            = "bad"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis" # expect: CW-AWS-153
}

resource "aws_msk_cluster" "bad" { # expect: CW-AWS-153
  cluster_name           = "bad"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
}

resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
}

resource "aws_kinesis_stream" "good" {
  name            = "good"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.data.arn
}

resource "aws_msk_cluster" "good" {
  cluster_name           = "good"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-1", "subnet-2", "subnet-3"]
    security_groups = ["sg-1"]
  }
  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.data.arn
  }
}
