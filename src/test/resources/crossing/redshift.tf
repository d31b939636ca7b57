resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier  = "warehouse"
  node_type           = "ra3.xlplus"
  number_of_nodes     = 2
  cluster_type        = "multi-node"
  master_username     = "admin"
  manage_master_password = true
  encrypted           = true
}
