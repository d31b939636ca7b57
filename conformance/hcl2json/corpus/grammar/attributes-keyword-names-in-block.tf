settings {
  for    = "for"
  in     = "in"
  if     = "if"
  true   = false
  false  = true
  null   = "not null"
}

nested {
  inner {
    for = [for x in [1, 2] : x]
    in  = { a = 1, for = 2, in = 3, if = 4 }
  }
}
