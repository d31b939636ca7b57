locals {
  # { "A" => [ {name,...}, ... ], "TXT" => [...] }
  records_by_type = {
    for r in var.records : r.type => r...
  }

  # Key each record by "<name>/<type>" and merge duplicate keys' values.
  grouped = {
    for key, recs in {
      for r in var.records : "${r.name}/${r.type}" => r...
    } : key => {
      name   = recs[0].name
      type   = recs[0].type
      ttl    = coalesce(recs[0].ttl, var.default_ttl)
      values = distinct(flatten(recs[*].values))
    }
  }

  a_records     = { for k, r in local.grouped : k => r if r.type == "A" }
  aaaa_records  = { for k, r in local.grouped : k => r if r.type == "AAAA" }
  cname_records = { for k, r in local.grouped : k => r if r.type == "CNAME" }
  txt_records   = { for k, r in local.grouped : k => r if r.type == "TXT" }
  mx_records    = { for k, r in local.grouped : k => r if r.type == "MX" }
  caa_records   = { for k, r in local.grouped : k => r if r.type == "CAA" }

  private_links = merge([
    for zone, cfg in var.private_zones : {
      for vnet_key, vnet_id in cfg.vnet_ids : "${zone}|${vnet_key}" => {
        zone                 = zone
        vnet_id              = vnet_id
        registration_enabled = cfg.registration_enabled
      }
    }
  ]...)

  # Human-readable zone summary, rendered with template directives.
  zone_summary = <<-EOT
    Zone: ${var.zone_name}
    %{~ for type, recs in local.records_by_type }
    ${type}:
    %{~ for r in recs }
      - ${r.name == "@" ? var.zone_name : "${r.name}.${var.zone_name}"} -> ${join(", ", r.values)}
    %{~ endfor }
    %{~ endfor }
    %{ if length(var.child_zones) > 0 ~}
    Delegations: ${join(", ", keys(var.child_zones))}
    %{ else ~}
    No delegations.
    %{ endif ~}
  EOT
}
