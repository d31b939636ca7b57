/* block comment at top */
a = /* before value */ 1 /* after value */
b /* between name and equals */ = 2
/* before name */ c = 3
d = "/* not a comment */"
e = [/* empty tuple with comment */]
f = {/* empty object with comment */}
g = 1 /* a */ /* b */ /* c */
