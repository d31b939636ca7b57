resource "azurerm_dns_zone" "this" {
  name                = var.zone_name
  resource_group_name = var.resource_group_name
  tags                = var.tags

  soa_record {
    email         = "hostmaster.${var.zone_name}"
    expire_time   = 2419200
    minimum_ttl   = 300
    refresh_time  = 3600
    retry_time    = 300
    ttl           = 3600
  }
}

resource "azurerm_dns_a_record" "this" {
  for_each = local.a_records

  name                = each.value.name
  zone_name           = azurerm_dns_zone.this.name
  resource_group_name = var.resource_group_name
  ttl                 = each.value.ttl
  records             = each.value.values
}

resource "azurerm_dns_aaaa_record" "this" {
  for_each = local.aaaa_records

  name                = each.value.name
  zone_name           = azurerm_dns_zone.this.name
  resource_group_name = var.resource_group_name
  ttl                 = each.value.ttl
  records             = each.value.values
}

resource "azurerm_dns_cname_record" "this" {
  for_each = local.cname_records

  name                = each.value.name
  zone_name           = azurerm_dns_zone.this.name
  resource_group_name = var.resource_group_name
  ttl                 = each.value.ttl
  record              = one(each.value.values)
}

resource "azurerm_dns_txt_record" "this" {
  for_each = local.txt_records

  name                = each.value.name
  zone_name           = azurerm_dns_zone.this.name
  resource_group_name = var.resource_group_name
  ttl                 = each.value.ttl

  dynamic "record" {
    for_each = each.value.values
    content {
      value = record.value
    }
  }
}

resource "azurerm_dns_mx_record" "this" {
  for_each = local.mx_records

  name                = each.value.name
  zone_name           = azurerm_dns_zone.this.name
  resource_group_name = var.resource_group_name
  ttl                 = each.value.ttl

  # Values are given as "<preference> <exchange>".
  dynamic "record" {
    for_each = each.value.values
    content {
      preference = tonumber(split(" ", record.value)[0])
      exchange   = split(" ", record.value)[1]
    }
  }
}

resource "azurerm_dns_caa_record" "this" {
  for_each = local.caa_records

  name                = each.value.name
  zone_name           = azurerm_dns_zone.this.name
  resource_group_name = var.resource_group_name
  ttl                 = each.value.ttl

  dynamic "record" {
    for_each = each.value.values
    content {
      flags = tonumber(regex("^(\\d+)\\s", record.value)[0])
      tag   = regex("^\\d+\\s+(\\w+)\\s", record.value)[0]
      value = trim(regex("\\s(\"[^\"]*\")$", record.value)[0], "\"")
    }
  }
}

resource "azurerm_dns_ns_record" "delegation" {
  for_each = var.child_zones

  name                = trimsuffix(each.key, ".${var.zone_name}")
  zone_name           = azurerm_dns_zone.this.name
  resource_group_name = var.resource_group_name
  ttl                 = 172800
  records             = each.value
}

# --- Private zones -------------------------------------------------------------

resource "azurerm_private_dns_zone" "this" {
  for_each = var.private_zones

  name                = each.key
  resource_group_name = var.resource_group_name
  tags                = var.tags
}

resource "azurerm_private_dns_zone_virtual_network_link" "this" {
  for_each = local.private_links

  name                  = "link-${md5(each.key)}"
  resource_group_name   = var.resource_group_name
  private_dns_zone_name = azurerm_private_dns_zone.this[each.value.zone].name
  virtual_network_id    = each.value.vnet_id
  registration_enabled  = each.value.registration_enabled
}
