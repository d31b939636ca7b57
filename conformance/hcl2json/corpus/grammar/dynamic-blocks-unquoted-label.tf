resource "x" "y" {
  dynamic setting {
    for_each = toset(var.settings)
    content { name = setting.value }
  }
  dynamic "one_line" { for_each = var.l }
}
