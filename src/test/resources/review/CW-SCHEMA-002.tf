resource "aws_sqs_queue" "bad" {
  name          = "jobs"
  retention_sec = 86400 # expect: CW-SCHEMA-002
}

variable "retention" {
  type    = number
  default = 86400
}

resource "aws_sqs_queue" "good" {
  count                     = 2
  name                      = "jobs-${count.index}"
  message_retention_seconds = var.retention
}
