// Only comments here.

/* A block comment
   spanning lines. */

# And a hash comment.

/* trailing block comment */
