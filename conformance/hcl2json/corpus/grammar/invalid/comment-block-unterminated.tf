/* this block comment is never closed
a = 1
