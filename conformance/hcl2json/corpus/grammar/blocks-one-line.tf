a { b = 1 }
c {}
d "label" { e = "x" }
f "l1" "l2" { g = [1, 2] }
h "l1" "l2" "l3" {}
i{}
j {    }
k{l=1}
m "n" {o = {p = 1}}
q { r = func(1, 2) }
s { t = [for x in y : x] }
