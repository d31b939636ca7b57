quoted = {
  "simple"          = 1
  "with space"      = 2
  "with.dot"        = 3
  "with-dash"       = 4
  "with/slash"      = 5
  "123"             = 6
  ""                = 7
  "escaped\"quote"  = 8
  "unicode ключ"    = 9
  "tab\tkey"        = 10
  "u\u00e9"         = 11
  "kubernetes.io/role/elb" = 12
}
mixed = {
  plain    = 1
  "quoted" = 2
}
tags = {
  "Name"              = "x"
  "aws:cloudformation:stack-name" = "y"
}
