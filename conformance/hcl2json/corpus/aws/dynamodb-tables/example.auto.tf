// Example wiring used by the module's own test harness. It declares no
// resources, just a local showing the expected shape of var.tables.

locals {
  example_tables = {
    orders = {
      hash_key   = "pk"
      range_key  = "sk"
      attributes = { pk = "S", sk = "S", gsi1pk = "S", gsi1sk = "S", created_at = "N" }
      ttl_attribute = "expires_at"
      stream_view_type = "NEW_IMAGE"
      global_secondary_indexes = [
        { name = "gsi1", hash_key = "gsi1pk", range_key = "gsi1sk" },
        { name = "by-created", hash_key = "pk", range_key = "created_at", projection_type = "INCLUDE", non_key_attributes = ["status", "total"] },
      ]
      replica_regions = ["eu-west-1", "us-west-2"]
    }

    sessions = {
      hash_key       = "session_id"
      attributes     = { session_id = "S" }
      billing_mode   = "PROVISIONED"
      read_capacity  = 5
      write_capacity = 5
      deletion_protection = false
    }
  }
}
