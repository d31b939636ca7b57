a = "text %{endfor}"
