simple = { for k, v in var.map : k => v }
value_only = { for x in var.list : x => true }
swapped = { for k, v in var.map : v => k }
computed_key = { for x in var.list : "key-${x}" => upper(x) }
object_value = { for u in var.users : u.name => { role = u.role, id = u.id } }
call_key = { for x in var.list : lower(x) => length(x) }
tight = {for k,v in var.m:k=>v}
spaced = {   for   k ,   v   in   var.m   :   k   =>   v   }
