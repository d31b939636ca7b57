ids = aws_instance.web.*.id
names = var.list.*.name
deep = var.list.*.a.b.c
bare = var.list.*
nested_attr = module.m.outputs.*.value
then_legacy_index = var.list.*.tags.0
in_call = join(",", aws_instance.web.*.private_ip)
