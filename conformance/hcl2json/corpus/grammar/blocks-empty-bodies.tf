empty {}

empty_multiline {
}

empty_with_blank_lines {


}

empty_labelled "a" {
}

empty_two "a" "b" {}

empty_with_comment {
  # nothing here
}

empty_with_block_comment {
  /* still nothing */
}
