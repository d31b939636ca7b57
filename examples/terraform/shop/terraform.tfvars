environment = "prod"
project     = "brightcart"
owner       = "commerce-platform"

domain_name    = "brightcart.example.com"
hosted_zone_id = "Z04417263HZQ8EXAMPLE"

backup_retention_days    = 14
dr_backup_retention_days = 35
log_retention_days       = 365

alert_email = "shop-oncall@brightcart.example.com"

extra_tags = {
  Compliance = "pci-dss"
}
