attr_splat_then_bracket_index = var.x.*.id[0]
full_splat_then_bracket_index = var.x[*].id[0]
attr_splat_then_legacy_index = var.x.*.id.0
full_splat_then_legacy_index = var.x[*].id.0
attr_splat_then_string_index = var.x.*.tags["Name"]
