looks_like_marker = <<EOT
EOT is only the marker when alone on a line
  EOT with text after is content
EOTX is not the marker
xEOT is not the marker
EOT

braces_and_quotes = <<EOT
{ } [ ] ( ) " ' ` \n \t \\ \" are all literal here
EOT

comments_inside = <<EOT
# hash
// slashes
/* block */
EOT

unicode = <<EOT
héllo wörld 日本語 🚀 é
EOT

other_heredoc_syntax = <<EOT
x = <<INNER
not really inner
INNER
EOT
