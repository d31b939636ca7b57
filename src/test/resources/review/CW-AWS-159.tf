resource "aws_redshift_cluster" "bad" {
  cluster_identifier = "bad"
  node_type          = "ra3.xlplus"
  number_of_nodes    = 2
  encrypted          = false # expect: CW-AWS-159
}

resource "aws_redshift_cluster" "good" {
  cluster_identifier = "good"
  node_type          = "ra3.xlplus"
  number_of_nodes    = 2
  encrypted          = true
}
