for {
  a = 1
}

in "label" {
  b = 2
}

if "x" "y" {
  c = 3
}

true {
  d = 4
}

null {}

dynamic "setting" {
  for_each = var.settings
  content {
    name = setting.value
  }
}
