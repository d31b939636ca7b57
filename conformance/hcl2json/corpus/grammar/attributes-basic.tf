a = 1
b = "two"
c = true
d = false
e = null
f = 3.25
g = [1, 2, 3]
h = { x = 1 }
i = var.something
