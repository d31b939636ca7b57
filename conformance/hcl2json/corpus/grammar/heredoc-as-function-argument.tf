a = jsondecode(<<EOT
{"key": "value"}
EOT
)

b = trimspace(<<-EOT
    padded
  EOT
)

c = format(<<EOT
%s and %s
EOT
, "one", "two")

d = replace(<<EOT
text
EOT
, "t", "T")

e = join("\n", [<<EOT
first
EOT
, <<EOT
second
EOT
])
