a = <<EOT
hello
world
EOT

b = <<EOF
single line
EOF
