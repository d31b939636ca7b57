resource "example" "e" {
  dynamic "outer" {
    for_each = var.outers
    content {
      name = outer.key

      dynamic "inner" {
        for_each = outer.value.inners
        iterator = in
        content {
          value = in.value
          index = in.key

          dynamic "innermost" {
            for_each = in.value.items
            content {
              item = innermost.value
            }
          }
        }
      }
    }
  }

  dynamic "empty_content" {
    for_each = []
    content {}
  }

  dynamic "labels" {
    for_each = var.l
    labels   = [labels.key, "second"]
    content {
      v = labels.value
    }
  }
}
