thing "a" "b" "c" {
  value = 1
}

thing "a" "b" "d" {
  value = 2
}

thing "x" "y" "z" {
  nested "p" "q" "r" {
    deep = true
  }
}
