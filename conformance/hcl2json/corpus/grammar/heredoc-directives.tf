if_directive = <<EOT
%{ if var.enabled }
enabled
%{ else }
disabled
%{ endif }
EOT

for_directive = <<EOT
%{ for k, v in var.map }
${k} = ${v}
%{ endfor }
EOT

nested = <<-EOT
  %{~ for s in var.servers ~}
  server ${s.name} {
    %{~ if s.primary ~}
    primary = true
    %{~ endif ~}
  }
  %{~ endfor ~}
  EOT

inline = <<EOT
list: %{ for x in var.l }${x} %{ endfor }
EOT
