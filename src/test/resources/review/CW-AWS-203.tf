resource "aws_sqs_queue" "bad" { # expect: CW-AWS-203
  name = "bad"
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
