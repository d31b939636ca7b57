# Naming and tagging in the style of context-passing label modules: every input defaults to null and
# falls back to the same key of var.context, so a caller can hand its whole context to a child and
# override one or two parts.

locals {
  fallback = {
    delimiter   = "-"
    label_order = ["namespace", "environment", "stage", "name", "attributes"]
  }

  merged = {
    enabled     = var.enabled == null ? var.context.enabled : var.enabled
    namespace   = var.namespace == null ? var.context.namespace : var.namespace
    environment = var.environment == null ? var.context.environment : var.environment
    stage       = var.stage == null ? var.context.stage : var.stage
    name        = var.name == null ? var.context.name : var.name
    delimiter   = var.delimiter == null ? var.context.delimiter : var.delimiter
    label_order = var.label_order == null ? lookup(var.context, "label_order", null) : var.label_order
    attributes  = compact(distinct(concat(coalesce(var.context.attributes, []), coalesce(var.attributes, []))))
    tags        = merge(var.context.tags, var.tags)
  }

  enabled     = local.merged.enabled
  delimiter   = local.merged.delimiter == null ? local.fallback.delimiter : local.merged.delimiter
  label_order = length(coalesce(local.merged.label_order, [])) > 0 ? local.merged.label_order : local.fallback.label_order

  # Each label lower-cased with anything but letters, digits and hyphens removed; a null label is "".
  clean = {
    for part in ["namespace", "environment", "stage", "name"] :
    part => local.merged[part] == null ? "" : lower(replace(local.merged[part], "/[^-a-zA-Z0-9]/", ""))
  }
  labels = merge(local.clean, {
    attributes = join(local.delimiter, [for a in local.merged.attributes : lower(a)])
  })

  id = local.enabled ? join(local.delimiter, compact([for part in local.label_order : local.labels[part]])) : ""

  label_tags = {
    Name        = local.id
    Namespace   = local.labels.namespace
    Environment = local.labels.environment
    Stage       = local.labels.stage
  }
  tags = local.enabled ? merge({ for k, v in local.label_tags : k => v if v != "" }, local.merged.tags) : {}
}
