resource "aws_opensearch_domain" "bad" {
  domain_name = "bad"
  cluster_config {
    instance_type = "r6g.large.search"
  }
  vpc_options {
    subnet_ids = ["subnet-1"]
  }
  access_policies = jsonencode({ # expect: CW-AWS-112
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = "es:*"
        Resource  = "arn:aws:es:us-east-1:111122223333:domain/bad/*"
      }
    ]
  })
}

resource "aws_opensearch_domain" "good" {
  domain_name = "good"
  cluster_config {
    instance_type = "r6g.large.search"
  }
  vpc_options {
    subnet_ids = ["subnet-1"]
  }
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:role/search-client" }
        Action    = "es:ESHttp*"
        Resource  = "arn:aws:es:us-east-1:111122223333:domain/good/*"
      }
    ]
  })
}
