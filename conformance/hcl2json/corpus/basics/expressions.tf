a = (var.a)
b = (var.a ? 1 : 2)
c = foo(var.x)
d = foo( var.x , 2 )
e = type
f = number
g = list(string)
h = map(object({a=string}))
i = "${true}"
j = "${1}"
k = "x${1}y"
l = -var.x
m = !true
n = -(1)
o = 1 + 2
p = "%{if var.a}yes%{else}no%{endif}"
q = "%{for x in var.l}${x},%{endfor}"
r = "%{ if var.a ~}yes%{~ endif }"
s = { (var.k) = 1, "${var.j}" = 2, a.b = 3 }
t = [1, 2,]
u = var.list[0].name
v = var.list.0
w = aws_instance.web.*.id
x = { for k, v in var.m : k => v... }
y = 1.0
z = 1e3
aa = 0.1
ab = 12345678901234567890
ac = "a\nb\t\"c\u00e9"
ad = <<-EOT
    indented ${var.x}
      more
    EOT
ae = provider::aws::arn_parse(var.arn)
af = foo(var.list...)
ag = "$${literal} %%{notdirective}"
