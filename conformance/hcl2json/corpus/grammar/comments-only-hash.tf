# This file contains only comments.
# There are no attributes or blocks.
#
# Line three.
