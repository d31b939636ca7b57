resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"
  cluster_config {
    instance_type          = "r6g.large.elasticsearch"
    instance_count         = 2
    zone_awareness_enabled = true
  }
  ebs_options {
    ebs_enabled = true
    volume_type = "gp3"
    volume_size = 100
  }
  encrypt_at_rest {
    enabled = true
  }
}
