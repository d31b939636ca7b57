resource "aws_opensearch_domain" "bad" {
  domain_name    = "bad"
  engine_version = "OpenSearch_2.13"
  cluster_config {
    instance_type  = "r7g.large.search"
    instance_count = 2
  }
  node_to_node_encryption {
    enabled = false # expect: CW-AWS-161
  }
}

resource "aws_opensearch_domain" "good" {
  domain_name    = "good"
  engine_version = "OpenSearch_2.13"
  cluster_config {
    instance_type  = "r7g.large.search"
    instance_count = 2
  }
  node_to_node_encryption {
    enabled = true
  }
}
