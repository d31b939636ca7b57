value = max(var.numbers...,)
