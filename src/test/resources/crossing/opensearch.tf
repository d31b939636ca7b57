resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.13"
  cluster_config {
    instance_type            = "c4.2xlarge.search"
    instance_count           = 3
    dedicated_master_enabled = true
    dedicated_master_type    = "c4.8xlarge.search"
    dedicated_master_count   = 3
    zone_awareness_enabled   = true
  }
  ebs_options {
    ebs_enabled = true
    volume_type = "gp2"
    volume_size = 100
  }
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
}
