a = "# hash"
b = "// slashes"
c = "/* block */"
d = "*/"
e = "/*"
f = <<EOT
# not a comment in heredoc
// nor this
/* nor this */
EOT
g = "${"#"}${"//"}"
