resource "aws_opensearch_domain" "bad" {
  domain_name    = "bad"
  engine_version = "OpenSearch_2.13"
  cluster_config {
    instance_type  = "r7g.large.search"
    instance_count = 2
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07" # expect: CW-AWS-163
  }
}

resource "aws_opensearch_domain" "good" {
  domain_name    = "good"
  engine_version = "OpenSearch_2.13"
  cluster_config {
    instance_type  = "r7g.large.search"
    instance_count = 2
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
