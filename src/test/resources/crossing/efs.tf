resource "aws_efs_file_system" "shared" {
  encrypted                       = true
  throughput_mode                 = "provisioned"
  provisioned_throughput_in_mibps = 100
}
resource "aws_efs_mount_target" "a" {
  file_system_id = aws_efs_file_system.shared.id
  subnet_id      = "subnet-a"
}
resource "aws_efs_file_system" "scratch" {
  availability_zone_name = "us-east-1a"
  encrypted              = true
}
