in_list = [upper("a"), lower("B"), length([])]
in_object = { a = upper("a"), (lower("K")) = 1 }
in_condition = length(var.l) > 0 ? first(var.l) : null
in_index = var.l[length(var.l) - 1]
in_template = "${upper(var.a)}-%{if length(var.b) > 0}${join(",", var.b)}%{endif}"
in_for = [for x in keys(var.m) : lookup(var.m, x)]
attr_after_call = jsondecode(var.j).key
index_after_call = split(",", var.s)[0]
splat_after_call = tolist(var.s)[*].id
block {
  value = templatefile("${path.module}/tpl.tftpl", { name = var.name })
}
