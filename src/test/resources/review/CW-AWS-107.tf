resource "aws_msk_cluster" "bad" {
  cluster_name           = "bad"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type  = "kafka.m7g.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
    connectivity_info {
      public_access {
        type = "SERVICE_PROVIDED_EIPS" # expect: CW-AWS-107
      }
    }
  }
}

# Not set: brokers are reachable from the VPC only.
resource "aws_msk_cluster" "good" {
  cluster_name           = "good"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type  = "kafka.m7g.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
  }
}
