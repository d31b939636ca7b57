resource "aws_sqs_queue" "bad" {
  name = "bad"
}

resource "aws_sqs_queue_policy" "bad" {
  queue_url = aws_sqs_queue.bad.id
  policy    = data.aws_iam_policy_document.bad.json
}

data "aws_iam_policy_document" "bad" {
  statement { # expect: CW-AWS-110
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.bad.arn]
  }
}

resource "aws_sns_topic" "events" {
  name = "events"
}

resource "aws_sqs_queue" "good" {
  name = "good"
}

resource "aws_sqs_queue_policy" "good" {
  queue_url = aws_sqs_queue.good.id
  policy    = data.aws_iam_policy_document.good.json
}

data "aws_iam_policy_document" "good" {
  statement {
    principals {
      type        = "Service"
      identifiers = ["sns.amazonaws.com"]
    }
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.good.arn]
  }
  statement {
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.good.arn]
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_sns_topic.events.arn]
    }
  }
}
