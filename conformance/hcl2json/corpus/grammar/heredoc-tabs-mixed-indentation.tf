tabs = <<EOT
	one tab
		two tabs
EOT

indented_tabs = <<-EOT
		first
			second
		EOT

mixed = <<-EOT
	  tab then spaces
  	spaces then tab
    four spaces
	EOT

tabs_inside = <<EOT
col1	col2	col3
EOT
