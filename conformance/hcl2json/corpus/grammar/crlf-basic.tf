# CRLF line endings throughout
a = 1
b = "two"

block "label" {
  c = true
  nested {
    d = [1, 2, 3]
  }
}
