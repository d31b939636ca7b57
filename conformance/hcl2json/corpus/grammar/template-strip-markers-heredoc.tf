config = <<EOT
%{ for name, ip in var.hosts ~}
host ${name} {
  address ${ip}
}
%{ endfor ~}
EOT

list = <<-EOT
  items:
  %{~ for item in var.items }
    - ${item}
  %{~ endfor }
  done
  EOT

conditional = <<EOT
start
%{~ if var.flag ~}
   flagged
%{~ else ~}
   not flagged
%{~ endif ~}
end
EOT

interp = <<EOT
value:    ${~ var.v ~}    :end
EOT
