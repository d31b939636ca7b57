resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = ["subnet-a", "subnet-b"]
  }
}
resource "aws_eks_node_group" "nodes" {
  cluster_name    = aws_eks_cluster.main.name
  node_group_name = "nodes"
  node_role_arn   = "arn:aws:iam::123456789012:role/node"
  subnet_ids      = ["subnet-a", "subnet-b"]
  instance_types  = ["m7g.large"]
  scaling_config {
    desired_size = 3
    min_size     = 2
    max_size     = 6
  }
}
