provider "aws" {
  alias  = "dr"
  region = "us-west-2"
}
resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = 200
  type              = "gp3"
  encrypted         = true
}
resource "aws_ebs_snapshot" "data" {
  volume_id = aws_ebs_volume.data.id
}
resource "aws_ebs_snapshot_copy" "dr" {
  provider           = aws.dr
  source_snapshot_id = aws_ebs_snapshot.data.id
  source_region      = "us-east-1"
  encrypted          = true
}
