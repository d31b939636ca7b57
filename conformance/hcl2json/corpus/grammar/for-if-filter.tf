tuple_filter = [for x in var.list : x if x != ""]
object_filter = { for k, v in var.map : k => v if v != null }
complex_filter = [for x in var.l : x if x > 0 && x < 10 || x == -1]
call_filter = [for s in var.l : s if length(s) > 3]
not_filter = [for s in var.l : s if !contains(var.excluded, s)]
index_filter = [for i, v in var.l : v if i % 2 == 0]
literal_filter = [for x in var.l : x if true]
paren_filter = { for k, v in var.m : k => v if (v.enabled) }
