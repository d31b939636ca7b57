resource "aws_redshift_cluster" "bad" {
  cluster_identifier  = "bad"
  node_type           = "ra3.xlplus"
  number_of_nodes     = 2
  publicly_accessible = true # expect: CW-AWS-105
}

variable "public" {
  type    = bool
  default = false
}

resource "aws_redshift_cluster" "good" {
  cluster_identifier  = "good"
  node_type           = "ra3.xlplus"
  number_of_nodes     = 2
  publicly_accessible = var.public
}
