resource "aws_sns_topic" "this" {
  for_each = var.topics

  name                        = local.topic_names[each.key]
  display_name                = each.value.display_name
  fifo_topic                  = each.value.fifo
  content_based_deduplication = each.value.fifo
  kms_master_key_id           = coalesce(var.kms_key_arn, "alias/aws/sns")

  delivery_policy = jsonencode({
    http = {
      defaultHealthyRetryPolicy = {
        minDelayTarget     = 20
        maxDelayTarget     = 20
        numRetries         = 3
        numMaxDelayRetries = 0
        numNoDelayRetries  = 0
        numMinDelayRetries = 0
        backoffFunction    = "linear"
      }
      disableSubscriptionOverrides = false
    }
  })

  tags = var.tags
}

resource "aws_sns_topic_subscription" "email" {
  for_each  = local.email_subscriptions
  topic_arn = aws_sns_topic.this[each.value.topic].arn
  protocol  = "email"
  endpoint  = each.value.endpoint
}

resource "aws_sns_topic_subscription" "sqs" {
  for_each = local.subscriptions

  topic_arn            = aws_sns_topic.this[each.value.topic].arn
  protocol             = "sqs"
  endpoint             = aws_sqs_queue.this[each.value.queue].arn
  raw_message_delivery = each.value.raw
  filter_policy        = each.value.filter == null ? null : jsonencode(each.value.filter)
  filter_policy_scope  = each.value.filter == null ? null : "MessageAttributes"

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[each.value.queue].arn
  })
}
