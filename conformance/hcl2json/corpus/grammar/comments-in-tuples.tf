list = [
  # leading hash comment
  1, # after first
  // slash comment on its own line
  2, // after second
  /* block before third */ 3 /* block after third */,
  4 /* before trailing comma */ , # after trailing comma
  /* after last element */
]

inline = [1, /* x */ 2, /* y */ 3]

multi = [
  "a", /* multi
  line
  comment */ "b",
]
