a = <<EOT
the closing marker ends the file with no newline
EOT