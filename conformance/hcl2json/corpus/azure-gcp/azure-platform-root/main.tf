data "azurerm_client_config" "current" {}

data "azurerm_subscription" "workload" {}

module "network" {
  source = "../azure-network"

  name_prefix   = local.prefix
  location      = var.location
  address_space = ["10.40.0.0/16"]
  tags          = local.tags

  nsg_rules = [
    {
      name                    = "allow-corp-https"
      priority                = 130
      destination_port_range  = "443"
      source_address_prefixes = ["203.0.113.0/24", "198.51.100.0/24"]
    },
    {
      name                   = "allow-corp-ssh"
      priority               = 131
      destination_port_range = "22"
      source_address_prefix  = "203.0.113.10/32"
      description            = "Jump host"
    },
  ]

  nat_gateway = {
    enabled         = true
    public_ip_count = local.is_prod ? 2 : 1
    zones           = ["1"]
  }
}

module "regional_network" {
  source   = "../azure-network"
  for_each = local.regional_stamps

  name_prefix   = "${local.prefix}${each.key}"
  location      = each.value.location
  address_space = each.value.address_space
  subnets       = each.value.subnets
  tags          = merge(local.tags, { region = each.key })
}

module "monitoring" {
  source = "../azure-monitoring"

  providers = {
    azurerm = azurerm.management
  }

  name                = local.prefix
  resource_group_name = module.network.resource_group_name
  location            = var.location
  retention_in_days   = local.is_prod ? 90 : 30
  alert_emails        = [for o in var.owners : o.email if o.team == "platform"]

  role_assignments = {
    for team, ids in local.owners_by_team : "reader-${team}" => {
      principal_id   = ids[0]
      role           = "Log Analytics Reader"
      principal_type = "User"
    }
  }

  tags = local.tags
}

module "keyvault" {
  source = "../azure-keyvault"

  name                      = "kv-${local.prefix}-${substr(data.azurerm_subscription.workload.subscription_id, 0, 4)}"
  resource_group_name       = module.network.resource_group_name
  location                  = var.location
  enable_rbac_authorization = true

  keys = {
    "cmk-storage" = {}
    "jwt-signing" = {
      key_type = "EC"
      curve    = "P-384"
      key_opts = ["sign", "verify"]
    }
  }

  generated_secrets = {
    "app-session-secret" = { length = 64 }
    "webhook-token"      = { special = false }
  }

  network_acls = {
    default_action             = "Deny"
    virtual_network_subnet_ids = [module.network.subnet_ids["app"]]
  }

  tags = local.tags
}

module "aks" {
  source = "../azure-aks"
  count  = local.is_prod ? 1 : 0

  cluster_name               = "aks-${local.prefix}"
  resource_group_name        = module.network.resource_group_name
  location                   = var.location
  node_subnet_id             = module.network.subnet_ids["app"]
  log_analytics_workspace_id = module.monitoring.workspace_id
  admin_group_object_ids     = lookup(local.owners_by_team, "platform", [])

  user_pools = {
    general = {
      vm_size   = "Standard_D8ds_v5"
      min_count = 2
      max_count = 20
    }
    spot = {
      vm_size         = "Standard_D16as_v5"
      priority        = "Spot"
      eviction_policy = "Delete"
      max_count       = 50
      labels          = { "workload-class" = "batch" }
      taints          = ["workload-class=batch:NoSchedule"]
    }
  }

  tags = local.tags
}

resource "azurerm_policy_definition" "allowed_locations" {
  name         = "${local.prefix}-allowed-locations"
  policy_type  = "Custom"
  mode         = "Indexed"
  display_name = "Allowed locations (${var.environment})"

  policy_rule = jsonencode(local.allowed_locations_policy)

  parameters = jsonencode({
    listOfAllowedLocations = {
      type = "Array"
      metadata = {
        displayName = "Allowed locations"
        strongType  = "location"
      }
      defaultValue = distinct(concat([var.location], [for r in values(var.regions) : r.location]))
    }
    effect = {
      type          = "String"
      allowedValues = ["Audit", "Deny", "Disabled"]
      defaultValue  = local.is_prod ? "Deny" : "Audit"
    }
  })

  metadata = <<METADATA
    {
      "category": "General",
      "version": "1.1.0"
    }
METADATA
}

resource "azurerm_policy_definition" "inherit_tags" {
  name         = "${local.prefix}-require-tags"
  policy_type  = "Custom"
  mode         = "Indexed"
  display_name = "Require standard tags"
  policy_rule  = jsonencode(local.tagging_policy_rule)
}

resource "azurerm_subscription_policy_assignment" "this" {
  for_each = {
    locations = azurerm_policy_definition.allowed_locations.id
    tags      = azurerm_policy_definition.inherit_tags.id
  }

  name                 = "${local.prefix}-${each.key}"
  subscription_id      = data.azurerm_subscription.workload.id
  policy_definition_id = each.value
  location             = var.location

  identity {
    type = "SystemAssigned"
  }

  non_compliance_message {
    content = "This resource violates the ${each.key} policy for ${var.environment}."
  }
}
