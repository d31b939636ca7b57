first = var.list.0
then_attr = var.list.0.name
after_attr = aws_instance.web.0.id
deep = var.a.0.b.1.c.2
big = var.list.10
with_splat = var.list.*.tags.0
mixed_with_brackets = var.list.0["key"][1].x
