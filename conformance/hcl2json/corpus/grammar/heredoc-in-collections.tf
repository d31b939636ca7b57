list = [
  <<EOT
first item
EOT
  ,
  <<-EOT
    second item
    EOT
  ,
  "third",
]

obj = {
  a = <<EOT
value a
EOT
  b = <<-EOT
    value b
    EOT
  c = "plain"
}

nested = {
  inner = [
    <<EOT
deep
EOT
  ]
}
