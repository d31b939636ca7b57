simple = max(var.numbers...)
after_args = format("%s-%s", var.parts...)
literal_list = min([3, 1, 2]...)
nested = concat(var.lists...)
on_call = max(tolist(var.set)...)
on_for = max([for x in var.l : x.size]...)
on_splat = coalesce(var.items[*].name...)
multiline = merge(
  var.maps...
)
spaced = max(var.numbers ...)
