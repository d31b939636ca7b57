a = 1 /* op */ + /* rhs */ 2
b = var.cond /* cond */ ? /* yes */ "y" /* between */ : /* no */ "n"
c = [for x in var.list /* src */ : /* body */ x /* after */ if /* filter */ x != null]
d = { for k, v in var.map : /* key */ k => /* val */ v }
e = ! /* bang */ true
f = - /* minus */ 5
g = (/* open */ 1 + 2 /* close */)
h = var /* dot */ .attr
i = var.list[/* index */ 0]
