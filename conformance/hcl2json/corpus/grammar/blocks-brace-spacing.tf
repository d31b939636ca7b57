a{
  x = 1
}

b "l"{
  y = 2
}

c   "l1"   "l2"   {
  z = 3
}

d	"tabbed"	{
	w = 4
}
