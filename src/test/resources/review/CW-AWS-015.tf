resource "aws_sqs_queue" "bad" {
  name                    = "bad"
  sqs_managed_sse_enabled = false # expect: CW-AWS-015
}

resource "aws_sqs_queue" "good" {
  name = "good"
}
