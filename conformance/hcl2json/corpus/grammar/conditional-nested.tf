in_false = var.a ? 1 : var.b ? 2 : var.c ? 3 : 4
in_true = var.a ? var.b ? 1 : 2 : 3
in_condition = (var.a ? var.b : var.c) ? 1 : 2
both = var.a ? (var.b ? 1 : 2) : (var.c ? 3 : 4)
unparenthesized_both = var.a ? var.b ? 1 : 2 : var.c ? 3 : 4
deep = var.a ? var.b ? var.c ? var.d ? 1 : 2 : 3 : 4 : 5
with_operators = var.a && var.b ? var.x + 1 : var.y * 2 == 0 ? -1 : 0
