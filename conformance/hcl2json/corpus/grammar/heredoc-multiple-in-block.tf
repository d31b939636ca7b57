resource "x" "y" {
  first = <<EOT
1
EOT
  second = <<-EOT
    2
    EOT
  third = <<EOF
3
EOF
  nested {
    fourth = <<-END
      4
    END
  }
}
