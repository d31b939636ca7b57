resource "aws_opensearch_domain" "bad" { # expect: CW-AWS-106
  domain_name = "bad"
  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 2
  }
}

resource "aws_opensearch_domain" "good" {
  domain_name = "good"
  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 2
  }
  vpc_options {
    subnet_ids = ["subnet-1"]
  }
}
