empty = {}
empty_spaced = { }
empty_multiline = {
}
one = { a = 1 }
two = { a = 1, b = 2 }
nested = { a = { b = { c = 1 } } }
values = {
  str  = "s"
  num  = 1
  bool = true
  nil  = null
  list = [1, 2]
  obj  = { x = 1 }
}
