block {
	tab = 1
    spaces = 2
	  tab_then_spaces = 3
  	spaces_then_tab = 4
	inner {
	    deep = 5
	}
}
