resource "a" "b" {
  # hash comment in block
  x = 1

  // slash comment in block
  y = 2

  /* block comment in block */
  z = 3

  nested {
    # comment in nested block
    /* and another */
    // and a third
  }

  /*
  commented_out = "attribute"
  */
}
