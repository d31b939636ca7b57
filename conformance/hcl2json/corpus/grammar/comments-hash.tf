# A hash comment at the top of the file
a = 1 # end of line hash comment
# between attributes
b = 2
#no space after hash
#
##
### triple
c = "# not a comment inside a string"
