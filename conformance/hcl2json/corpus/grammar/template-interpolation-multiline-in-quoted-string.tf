a = "${
  var.x
}"
b = "prefix ${ [
  1,
  2,
] } suffix"
c = "${ var.cond ?
  "yes" :
  "no" }"
d = "${func(
  1,
  2
)}"
