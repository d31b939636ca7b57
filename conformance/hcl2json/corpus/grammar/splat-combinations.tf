splat_after_index = var.map["key"][*].id
splat_after_attr_chain = module.a.b.c[*].d
splat_then_splat = var.list[*].inner[*].id
attr_splat_then_full = var.list.*.inner[*].id
full_splat_of_tuple = [1, 2, 3][*]
full_splat_of_object = { a = 1 }[*]
splat_in_template = "${join(",", var.l[*].id)}"
index_after_paren_splat = (var.list[*].id)[0]
