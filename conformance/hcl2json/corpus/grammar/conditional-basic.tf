simple = var.enabled ? "yes" : "no"
literal_cond = true ? 1 : 2
comparison = var.count > 0 ? var.count : 1
tight = var.a?1:2
spaced = var.a   ?   1   :   2
null_branch = var.x != null ? var.x : null
collections = var.a ? [1, 2] : []
objects = var.a ? { x = 1 } : { y = 2 }
call_cond = contains(var.l, "x") ? upper("x") : lower("X")
