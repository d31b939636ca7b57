leading_blank = <<EOT

after blank
EOT

trailing_blank = <<EOT
before blank

EOT

middle_blanks = <<EOT
one


two
EOT

only_blank = <<EOT


EOT

indented_blanks = <<-EOT
    first

    after blank

      more

    EOT
