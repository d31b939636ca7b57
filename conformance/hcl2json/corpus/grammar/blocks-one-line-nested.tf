outer {
  inner { value = 1 }
  empty {}
  labelled "x" { value = 2 }
}

resource "a" "b" {
  lifecycle { create_before_destroy = true }
  timeouts {}
}
