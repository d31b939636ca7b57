region      = "eu-west-1"
environment = "staging"
owner       = "platform"
vpc_cidr    = "10.30.0.0/16"
azs         = ["eu-west-1a", "eu-west-1b"]

nat_gateways = "single"

# null for a non-nullable variable means its default (["events"]) ...
queues = null
