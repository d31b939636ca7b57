block {
  a = 1 c = 2
}
