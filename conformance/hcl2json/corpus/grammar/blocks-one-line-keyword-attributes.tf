a { for = 1 }
b { in = 2 } # comment after one-line block
c "x" { if = [1] } // comment
d { true = 1 } /* block comment */
e { null = null }
