a = <<EOT
line one
line two
EOT

b = <<-EOT
    indented one
      indented two
    EOT

c = <<EOT
${var.x} and %{if true}yes%{endif}
EOT
