# Read after terraform.tfvars: these win.
environment  = "prod"
azs          = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
nat_gateways = "per-zone"

flow_log_retention_days = 30
