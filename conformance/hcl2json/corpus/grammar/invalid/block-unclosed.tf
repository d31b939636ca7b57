resource "a" "b" {
  x = 1

other {
  y = 2
}
