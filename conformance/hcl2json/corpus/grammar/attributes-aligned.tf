short             = 1
a_much_longer_key = 2
mid_length        = "three"
x                 = [4]
