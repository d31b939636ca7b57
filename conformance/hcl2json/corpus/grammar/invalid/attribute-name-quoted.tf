"quoted_name" = 1
