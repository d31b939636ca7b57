mul = 2 * 3
div = 6 / 3
mod = 7 % 3
add = 1 + 2
sub = 5 - 2
lt = 1 < 2
le = 1 <= 2
gt = 2 > 1
ge = 2 >= 1
eq = 1 == 1
ne = 1 != 2
and = true && false
or = true || false
tight_mul = 2*3
tight_sub = 5-2
tight_lt = 1<2
tight_and = true&&false
vars = var.a * var.b / var.c % var.d + var.e - var.f
strings_eq = "a" == "a"
null_ne = var.x != null
lists_eq = [1, 2] == [1, 2]
objects_ne = { a = 1 } != { a = 2 }
