standard_heredoc_indented_closer = <<EOT
content
    EOT

deeply_indented_closer = <<EOT
content
                EOT

tab_indented_closer = <<EOT
content
	EOT

flush_heredoc_closer = <<-EOT
    content
        EOT
