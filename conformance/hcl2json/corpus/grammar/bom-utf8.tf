# This file starts with a UTF-8 byte order mark.
a = 1
block "x" {
  b = "two"
}
