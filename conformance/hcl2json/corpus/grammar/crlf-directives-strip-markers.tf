rendered = <<-EOT
  %{~ for k, v in var.map ~}
  ${k} = ${v}
  %{~ endfor ~}
  %{ if var.flag ~}
  flagged
  %{~ else ~}
  unflagged
  %{~ endif }
  EOT
inline = "%{~ if var.a ~} a %{~ endif ~}"
