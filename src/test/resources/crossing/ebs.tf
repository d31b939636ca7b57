resource "aws_ebs_volume" "gp2" {
  availability_zone = "us-east-1a"
  size              = 100
}
resource "aws_ebs_volume" "gp3" {
  availability_zone = "us-east-1a"
  type              = "gp3"
  size              = 500
  iops              = 6000
  throughput        = 250
  encrypted         = true
}
resource "aws_ebs_volume" "io2" {
  availability_zone = "us-east-1a"
  type              = "io2"
  size              = 200
  iops              = 5000
}
resource "aws_ebs_volume" "st1" {
  availability_zone = "us-east-1b"
  type              = "st1"
  size              = 1000
}
resource "aws_ebs_volume" "sc1" {
  availability_zone = "us-east-1b"
  type              = "sc1"
  size              = 1000
}
resource "aws_ebs_volume" "magnetic" {
  availability_zone = "us-east-1b"
  type              = "standard"
  size              = 50
}
resource "aws_ebs_snapshot" "gp3" {
  volume_id = aws_ebs_volume.gp3.id
}
resource "aws_instance" "db" {
  ami               = "ami-12345678"
  instance_type     = "m7g.large"
  availability_zone = "us-east-1a"
  root_block_device {
    volume_type = "gp3"
    volume_size = 30
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_type = "io1"
    volume_size = 100
    iops        = 2000
  }
}
resource "aws_volume_attachment" "gp2" {
  device_name = "/dev/sdg"
  volume_id   = aws_ebs_volume.gp2.id
  instance_id = aws_instance.db.id
}
