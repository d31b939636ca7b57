block {
  script = <<-EOT
    #!/bin/bash
    echo "${var.message}"
    export NAME=${var.name}
      indented ${var.deeper}
    EOT
}

leading_interp = <<-EOT
    ${var.first} starts the line
    middle ${var.second} of line
    EOT

interp_only_lines = <<-EOT
  ${var.a}
    ${var.b}
  EOT
