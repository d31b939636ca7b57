parenthesized = (
  var.enabled
  ? "yes"
  : "no"
)

trailing_operators = var.enabled ? (
  "yes"
) : (
  "no"
)

in_list = [
  var.a ? 1 : 2,
  var.b
  ? 3
  : 4,
]

in_call = coalesce(
  var.x != null ? var.x : null,
  var.y,
)

nested_parens = (
  var.env == "prod"
  ? "large"
  : var.env == "stage"
  ? "medium"
  : "small"
)

object_branches = var.a ? {
  x = 1
  y = 2
} : {
  z = 3
}
