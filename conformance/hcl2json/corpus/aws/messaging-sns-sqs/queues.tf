resource "aws_sqs_queue" "dlq" {
  for_each = var.queues

  name                        = local.dlq_names[each.key]
  fifo_queue                  = each.value.fifo
  message_retention_seconds   = 1209600 # 14 days
  kms_master_key_id           = var.kms_key_arn
  sqs_managed_sse_enabled     = var.kms_key_arn == null ? true : null
  tags                        = merge(var.tags, { Role = "dead-letter" })
}

resource "aws_sqs_queue" "this" {
  for_each = var.queues

  name                       = local.queue_names[each.key]
  fifo_queue                 = each.value.fifo
  content_based_deduplication = each.value.fifo ? true : null
  deduplication_scope        = each.value.fifo ? "messageGroup" : null
  fifo_throughput_limit      = each.value.fifo ? "perMessageGroupId" : null
  visibility_timeout_seconds = each.value.visibility_timeout_seconds
  message_retention_seconds  = each.value.message_retention_seconds
  delay_seconds              = each.value.delay_seconds
  receive_wait_time_seconds  = 20
  kms_master_key_id          = var.kms_key_arn
  kms_data_key_reuse_period_seconds = var.kms_key_arn != null ? 3600 : null
  sqs_managed_sse_enabled    = var.kms_key_arn == null ? true : null

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dlq[each.key].arn
    maxReceiveCount     = each.value.max_receive_count
  })

  tags = var.tags
}

resource "aws_sqs_queue_redrive_allow_policy" "dlq" {
  for_each  = aws_sqs_queue.dlq
  queue_url = each.value.id

  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.this[each.key].arn]
  })
}

data "aws_iam_policy_document" "queue" {
  for_each = { for k, v in local.queue_to_topics : k => v if length(v) > 0 }

  statement {
    sid       = "AllowSnsPublish"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.this[each.key].arn]

    principals {
      type        = "Service"
      identifiers = ["sns.amazonaws.com"]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [for tk in each.value : aws_sns_topic.this[tk].arn]
    }
  }

  statement {
    sid       = "DenyNonTLS"
    effect    = "Deny"
    actions   = ["sqs:*"]
    resources = [aws_sqs_queue.this[each.key].arn]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_sqs_queue_policy" "this" {
  for_each  = data.aws_iam_policy_document.queue
  queue_url = aws_sqs_queue.this[each.key].id
  policy    = each.value.json
}
