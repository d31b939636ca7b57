two_levels = upper(lower("A"))
three_levels = length(split(",", join(",", var.list)))
deep = a(b(c(d(e(f(g(h(i(j(1))))))))))
args_are_calls = format(upper("%s"), lower(var.x), trimspace(var.y))
complex = jsonencode(merge(var.base, { tags = merge(var.tags, { Name = format("%s-%s", var.env, var.name) }) }))
cidr = cidrsubnet(cidrsubnet(var.vpc_cidr, 4, 1), 4, count.index)
multiline = lookup(
  merge(
    var.a,
    var.b,
  ),
  upper(
    var.key
  ),
  null,
)
