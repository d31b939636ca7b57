empty = <<EOT
EOT

empty_indented = <<-EOT
EOT

empty_indented_closer = <<-EOT
    EOT

in_block {
  value = <<EOT
  EOT
}
