value = var.matrix.0.1
