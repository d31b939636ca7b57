obj = {
  # leading comment
  a = 1 # end of a
  // slash comment
  b = 2 // end of b
  /* block */ c = 3 /* end of c */
  d /* between key and equals */ = 4
  e = /* between equals and value */ 5
  f = 6, # comma then comment
  /* trailing comment in object */
}

inline = { a = 1, /* comment */ b = 2 }
