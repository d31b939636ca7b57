a = 1
b = "no trailing newline"