resource "aws_sqs_queue" "jobs" { name = "jobs" }
resource "aws_sns_topic" "events" { name = "events" }
