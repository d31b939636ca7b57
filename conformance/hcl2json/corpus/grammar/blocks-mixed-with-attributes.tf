top = 1

block {
  inner = 2
}

middle = "m"

other_block "x" {
  inner = 3
  sub {
    deeper = 4
  }
  after_sub = 5
}

bottom = [1]
