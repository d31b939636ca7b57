a = var.x ? 1
