paren_key = { for k, v in var.m : (k) => v }
template_key = { for k, v in var.m : "${k}" => v }
prefixed_key = { for k, v in var.m : "prefix-${k}-suffix" => v }
call_key = { for k, v in var.m : format("%s_%s", k, v.type) => v }
index_key = { for item in var.items : item["name"] => item }
attr_key = { for item in var.items : item.metadata.name => item.spec }
conditional_key = { for k, v in var.m : (v.enabled ? k : "disabled-${k}") => v }
literal_key = { for x in var.l : "same" => x... }
arith_value = { for k, v in var.m : k => v * 2 + 1 }
object_value = { for k, v in var.m : k => { original = v, upper = upper(v) } }
