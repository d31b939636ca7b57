/*
 * CRLF inside a multi-line block comment
 */
a = 1 /* inline
spanning */ + 2
# hash
// slash
block "x" { # after brace
  b = [ # after bracket
    1, /* c */
  ]
}
