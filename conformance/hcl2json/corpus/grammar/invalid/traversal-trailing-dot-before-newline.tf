a = var.list.
b = 1
