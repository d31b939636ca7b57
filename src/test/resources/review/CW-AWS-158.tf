resource "aws_opensearch_domain" "bad" {
  domain_name    = "bad"
  engine_version = "OpenSearch_2.13"
  cluster_config {
    instance_type  = "r7g.large.search"
    instance_count = 2
  }
  encrypt_at_rest {
    enabled = false # expect: CW-AWS-158
  }
}

variable "encrypt" {
  type    = bool
  default = true
}

resource "aws_opensearch_domain" "good" {
  domain_name    = "good"
  engine_version = "OpenSearch_2.13"
  cluster_config {
    instance_type  = "r7g.large.search"
    instance_count = 2
  }
  encrypt_at_rest {
    enabled = var.encrypt
  }
}
