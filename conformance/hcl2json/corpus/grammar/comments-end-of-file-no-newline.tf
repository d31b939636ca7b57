a = 1
b = 2 # trailing comment without newline