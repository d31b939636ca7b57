resource "" "" {
  a = 1
}

thing "" {
  b = 2
}

other "x" "" "y" {
  c = 3
}
