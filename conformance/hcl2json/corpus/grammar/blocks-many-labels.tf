four "a" "b" "c" "d" {
  n = 4
}

five "1" "2" "3" "4" "5" {
  n = 5
}

mixed a "b" c "d" e "f" {
  n = 6
}
