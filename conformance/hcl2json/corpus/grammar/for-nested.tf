matrix = [for row in var.rows : [for cell in row : cell * 2]]
flatten_pairs = flatten([for a in var.as : [for b in var.bs : "${a}-${b}"]])
object_of_lists = { for k, v in var.m : k => [for x in v : upper(x)] }
list_of_objects = [for k, v in var.m : { for ik, iv in v : ik => iv }]
triple = [for a in var.x : [for b in a : [for c in b : c if c != null]]]
nested_in_filter = [for x in var.l : x if length([for y in x : y if y]) > 0]
nested_in_key = { for x in var.l : join(",", [for c in x : c]) => x }
