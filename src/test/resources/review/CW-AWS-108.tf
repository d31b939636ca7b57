resource "aws_eks_cluster" "bad" {
  name     = "bad"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids          = ["subnet-1", "subnet-2"]
    public_access_cidrs = ["0.0.0.0/0"] # expect: CW-AWS-108
  }
}

# Public by default, open to everyone by default: reported at the resource.
resource "aws_eks_cluster" "bad_default" { # expect: CW-AWS-108
  name     = "bad-default"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "aws_eks_cluster" "good" {
  name     = "good"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids          = ["subnet-1", "subnet-2"]
    public_access_cidrs = ["203.0.113.0/24"]
  }
}

# Private API: the networks allowed to the public endpoint do not matter.
resource "aws_eks_cluster" "good_private" {
  name     = "good-private"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids              = ["subnet-1", "subnet-2"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}
