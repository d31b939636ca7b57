resource "aws_eks_node_group" "bad" { # expect: CW-AWS-235
  cluster_name    = "main"
  node_group_name = "bad"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-aaaa1111", "subnet-bbbb2222"]
  instance_types  = ["m7g.large"]
  scaling_config {
    min_size     = 1
    desired_size = 1
    max_size     = 3
  }
}

resource "aws_eks_node_group" "good" {
  cluster_name    = "main"
  node_group_name = "good"
  node_role_arn   = "arn:aws:iam::123456789012:role/nodes"
  subnet_ids      = ["subnet-aaaa1111", "subnet-bbbb2222"]
  instance_types  = ["m7g.large"]
  scaling_config {
    min_size     = 2
    desired_size = 2
    max_size     = 6
  }
}
