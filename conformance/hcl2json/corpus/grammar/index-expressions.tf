by_var = var.list[var.i]
by_arith = var.list[var.i + 1]
by_call = var.list[length(var.list) - 1]
by_cond = var.list[var.first ? 0 : 1]
by_index = var.list[var.indices[0]]
by_each = var.map[each.key]
by_count = aws_instance.web[count.index]
by_paren = var.list[(1)]
by_negative = var.list[-1]
by_nested_call = var.map[lookup(var.aliases, var.name, var.name)]
by_for = var.map[[for x in var.keys : x][0]]
multiline = var.list[
  var.i
]
