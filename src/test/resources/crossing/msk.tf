resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-0123456789abcdef0"]
    storage_info {
      ebs_storage_info {
        volume_size = 500
      }
    }
  }
}
resource "aws_msk_serverless_cluster" "small" {
  cluster_name = "small"
  vpc_config {
    subnet_ids = ["subnet-a", "subnet-b"]
  }
  client_authentication {
    sasl {
      iam {
        enabled = true
      }
    }
  }
}
