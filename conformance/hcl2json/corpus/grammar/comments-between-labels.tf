resource /* type */ "aws_instance" /* name */ "web" /* before brace */ {
  ami = "x"
}

thing /* a */ one /* b */ "two" /* c */ three {
  n = 1
}

/* before the block type */ block {
  m = 2
} /* after the closing brace */

other "x" {
  /* first thing in body */ v = 3
} # trailing hash after brace

another "y" {
  w = 4
} // trailing slash comment after brace
