a = <<EOT   
trailing spaces after the opening marker
EOT
