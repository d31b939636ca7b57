# Levels, highest first: * / %   then + -   then < <= > >=   then == !=   then &&   then ||
mul_over_add = 1 + 2 * 3
mul_over_sub = 10 - 4 / 2
mod_over_add = 1 + 7 % 3
left_assoc_sub = 10 - 3 - 2
left_assoc_div = 100 / 10 / 5
left_assoc_mod = 100 % 7 % 3
mixed_mul_div_mod = 2 * 6 / 3 % 4
add_over_compare = 1 + 2 < 3 + 4
compare_over_eq = 1 < 2 == 3 > 4
compare_ops = 1 <= 2 == 2 >= 1
eq_over_and = var.a == 1 && var.b != 2
and_over_or = var.a || var.b && var.c
or_chain = var.a || var.b || var.c || var.d
and_chain = var.a && var.b && var.c && var.d
all_levels = var.a || var.b && var.c == var.d < var.e + var.f * var.g
all_levels_reversed = var.a * var.b + var.c < var.d == var.e && var.f || var.g
unary_binds_tightest = -var.a * -var.b + !var.c == !var.d
eq_chain = var.a == var.b == var.c
ne_chain = 1 != 2 != true
