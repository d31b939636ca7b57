resource "aws_sqs_queue" "bad_dlq" { # expect: CW-AWS-202
  name = "bad-dlq"
}

resource "aws_sqs_queue" "bad_main" {
  name = "bad-main"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.bad_dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "good_dlq" {
  name = "good-dlq"
}

resource "aws_sqs_queue" "good_main" {
  name = "good-main"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.good_dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_cloudwatch_metric_alarm" "good_dlq" {
  alarm_name          = "good_dlq"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  dimensions          = { QueueName = aws_sqs_queue.good_dlq.name }
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
}
