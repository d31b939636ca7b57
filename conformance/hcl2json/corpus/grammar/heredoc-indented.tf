block {
  a = <<-EOT
    indented four
      indented six
    back to four
    EOT

  b = <<-EOT
  closing marker less indented than content
      content
  EOT
}

c = <<-EOT
no indentation at all
EOT

d = <<-EOT
        eight spaces
    four spaces
  EOT
