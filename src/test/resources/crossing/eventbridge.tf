resource "aws_cloudwatch_event_bus" "orders" {
  name = "orders"
}
resource "aws_cloudwatch_event_rule" "paid" {
  name           = "paid"
  event_bus_name = aws_cloudwatch_event_bus.orders.name
  event_pattern  = jsonencode({ "detail-type" = ["OrderPaid"] })
}
resource "aws_cloudwatch_event_archive" "orders" {
  name             = "orders"
  event_source_arn = aws_cloudwatch_event_bus.orders.arn
  retention_days   = 30
}
