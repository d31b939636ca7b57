# A provisioned global table with replicas in two other regions, secondary indexes, TTL and
# autoscaling of the table and of each index (a target and a policy each, from the module's maps).

provider "aws" {
  region = "us-east-1"
}

module "sessions" {
  source = "../../modules/dynamodb-table"

  name      = "user-sessions"
  hash_key  = "user_id"
  range_key = "session_id"

  attributes = [
    { name = "user_id", type = "S" },
    { name = "session_id", type = "S" },
    { name = "device_id", type = "S" },
    { name = "expires_at", type = "N" },
  ]

  global_secondary_indexes = [
    { name = "by-device", hash_key = "device_id", range_key = "expires_at", read_capacity = 10 },
  ]

  billing_mode   = "PROVISIONED"
  read_capacity  = 20
  write_capacity = 10

  autoscaling_enabled = true
  autoscaling_read    = { max_capacity = 400 }
  autoscaling_write   = { max_capacity = 200, target_value = 60 }

  stream_enabled     = true
  ttl_attribute_name = "expires_at"

  replica_regions = [
    { region_name = "eu-west-1" },
    { region_name = "ap-southeast-1", point_in_time_recovery = false },
  ]

  deletion_protection_enabled = true
}

output "table_arn" {
  value = module.sessions.dynamodb_table_arn
}
