numbers = [0, -1, 1.5, 1e3, 2E-2]
mixed = [1, "two", true, null, 3.0, [4], { five = 5 }]
map = {
  int = 1
  float = 1.25
  exp = 1e10
  str = "s"
  bool = false
  nil = null
}
