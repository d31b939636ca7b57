// A double-slash comment at the top
a = 1 // end of line
// between attributes
b = 2
//no space
//
/// triple slash
c = "// not a comment"
d = "http://example.com/path" // url in string then comment
