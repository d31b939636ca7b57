# The iteration variables and collections are ordinary identifiers even when
# they resemble keywords.
a = [for in in var.list : in]
b = [for for in var.list : for]
c = [for if in var.list : if]
d = { for k, in in var.map : k => in }
e = [for x in for : x]
