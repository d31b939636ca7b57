a = <<EOT
this heredoc has no closing marker
