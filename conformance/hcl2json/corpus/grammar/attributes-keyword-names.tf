# Keywords are only contextual in HCL, so these are ordinary attribute names.
for = 1
in = 2
if = 3
true = 4
false = 5
null = 6
else = 7
endif = 8
endfor = 9
provider = 10
dynamic = 11
content = 12
each = 13
count = 14
