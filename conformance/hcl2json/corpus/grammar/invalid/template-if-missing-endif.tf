a = "%{if var.x}yes"
