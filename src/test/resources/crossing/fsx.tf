resource "aws_fsx_windows_file_system" "office" {
  storage_capacity    = 300
  storage_type        = "SSD"
  deployment_type     = "MULTI_AZ_1"
  subnet_ids          = ["subnet-a", "subnet-b"]
  preferred_subnet_id = "subnet-a"
  throughput_capacity = 32
  active_directory_id = "d-0123456789"
}
resource "aws_fsx_openzfs_file_system" "home" {
  storage_capacity    = 200
  deployment_type     = "SINGLE_AZ_1"
  subnet_ids          = ["subnet-a"]
  throughput_capacity = 64
  disk_iops_configuration {
    mode = "USER_PROVISIONED"
    iops = 1000
  }
}
resource "aws_fsx_lustre_file_system" "training" {
  storage_capacity            = 1200
  deployment_type             = "PERSISTENT_2"
  per_unit_storage_throughput = 125
  subnet_ids                  = ["subnet-a"]
}
