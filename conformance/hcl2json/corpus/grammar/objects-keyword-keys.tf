# A bare `for` as the first key would start a for expression, so the first
# key here is something else, and later keys may use keyword names freely.
keywords = {
  a     = 0
  for   = 1
  in    = 2
  if    = 3
  true  = 4
  false = 5
  null  = 6
}
quoted_for_first = {
  "for" = 1
  in = 2
}
in_first = { in = 1, for = 2 }
if_first = { if = 1 }
true_first = { true = 1 }
null_first = { null = 1 }
