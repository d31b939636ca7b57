resource "aws_subnet" "a" {
  vpc_id            = "vpc-12345678"
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = "vpc-12345678"
  cidr_block        = "10.0.2.0/24"
  availability_zone = "us-east-1b"
}

resource "aws_eks_node_group" "bad" { # expect: CW-AWS-236
  cluster_name    = "main"
  node_group_name = "bad"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = [aws_subnet.a.id]
  instance_types  = ["m7g.large"]
  scaling_config {
    min_size     = 2
    desired_size = 2
    max_size     = 3
  }
}

resource "aws_eks_node_group" "good" {
  cluster_name    = "main"
  node_group_name = "good"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = [aws_subnet.a.id, aws_subnet.b.id]
  instance_types  = ["m7g.large"]
  scaling_config {
    min_size     = 2
    desired_size = 2
    max_size     = 6
  }
}
