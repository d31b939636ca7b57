a = "${var.a}-${var.b}"
b = <<EOT
%{ for x in var.list ~}
${x}
%{~ endfor }
EOT
c = var.enabled ? (
  "yes"
) : "no"
d = "%{if var.x}x%{else}y%{endif}"
