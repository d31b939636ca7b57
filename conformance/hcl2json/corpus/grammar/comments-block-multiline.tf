/*
 * A classic multi-line block comment
 * with leading stars.
 */
a = 1

/*
No stars at all.

Blank line above.
*/
b = 2

/* starts here
   and continues
   ends here */ c = 3

d = /* a comment
spanning lines
inside an attribute value */ 4

/**/
/***/
/* ** * */
/* contains // and # markers */
e = 5
