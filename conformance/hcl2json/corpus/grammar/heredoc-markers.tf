eot = <<EOT
marker EOT
EOT
eof = <<EOF
marker EOF
EOF
policy = <<POLICY
{
  "Version": "2012-10-17"
}
POLICY
end_of_text = <<END_OF_TEXT
marker END_OF_TEXT
END_OF_TEXT
lower = <<eot
lowercase marker
eot
mixed = <<MyMarker
mixed case marker
MyMarker
digits = <<EOT2
marker with digit
EOT2
dashed = <<END-OF-DATA
marker with dashes
END-OF-DATA
single = <<X
one letter marker
X
underscore = <<_
underscore marker
_
