locals {
  is_prod = var.environment == "prod"
  prefix  = "plat${var.environment}"

  tags = {
    environment = var.environment
    owner       = join(";", var.owners[*].email)
    cost-center = "CC-4410"
    # Keep the list of teams sorted so the tag is stable.
    teams       = join(",", sort(distinct(var.owners[*].team)))
  }

  owners_by_team = { for o in var.owners : o.team => o.object_id... }

  regional_stamps = {
    for k, r in var.regions : k => {
      location      = r.location
      address_space = [r.address_space]
      subnets = {
        app = { address_prefixes = [cidrsubnet(r.address_space, 8, 1)] }
        aks = { address_prefixes = [cidrsubnet(r.address_space, 4, 1)], attach_nsg = false }
        pe = {
          address_prefixes                          = [cidrsubnet(r.address_space, 8, 2)]
          private_endpoint_network_policies_enabled = false
          attach_nat_gateway                        = false
        }
      }
      enable_aks = r.enable_aks
    }
  }

  # Large policy definition rendered to JSON.
  allowed_locations_policy = {
    if = {
      allOf = [
        {
          field = "location"
          notIn = "[parameters('listOfAllowedLocations')]"
        },
        {
          field     = "location"
          notEquals = "global"
        },
        {
          field     = "type"
          notEquals = "Microsoft.AzureActiveDirectory/b2cDirectories"
        },
      ]
    }
    then = {
      effect = "[parameters('effect')]"
    }
  }

  tagging_policy_rule = {
    if = {
      anyOf = [
        for tag in ["environment", "owner", "cost-center"] : {
          field  = "tags['${tag}']"
          exists = "false"
        }
      ]
    }
    then = {
      effect = "modify"
      details = {
        roleDefinitionIds = [
          "/providers/microsoft.authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c",
        ]
        operations = [
          for k, v in local.tags : {
            operation = "addOrReplace"
            field     = "tags['${k}']"
            value     = v
          } if contains(["environment", "cost-center"], k)
        ]
      }
    }
  }
}
