resource "a" "b" {
	name	= "tabbed"
	count	= 1
	nested {
		value	= [
			1,
			2,
		]
		obj	= {
			k	= "v"
		}
	}
}
