data "archive_file" "fn" {
  for_each = var.functions

  type        = "zip"
  source_dir  = "${path.module}/${each.value.source_dir}"
  output_path = "${path.module}/.build/${each.key}.zip"
  excludes    = ["__pycache__", "*.pyc", "tests"]
}

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "fn" {
  for_each           = var.functions
  name               = "${var.api_name}-${each.key}"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "basic" {
  for_each   = aws_iam_role.fn
  role       = each.value.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_iam_role_policy_attachment" "xray" {
  for_each   = aws_iam_role.fn
  role       = each.value.name
  policy_arn = "arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess"
}

resource "aws_cloudwatch_log_group" "fn" {
  for_each          = var.functions
  name              = "/aws/lambda/${var.api_name}-${each.key}"
  retention_in_days = var.log_retention_days
}

resource "aws_lambda_function" "fn" {
  for_each = var.functions

  function_name                  = "${var.api_name}-${each.key}"
  role                           = aws_iam_role.fn[each.key].arn
  handler                        = each.value.handler
  runtime                        = each.value.runtime
  architectures                  = ["arm64"]
  memory_size                    = each.value.memory_size
  timeout                        = each.value.timeout
  filename                       = data.archive_file.fn[each.key].output_path
  source_code_hash               = data.archive_file.fn[each.key].output_base64sha256
  reserved_concurrent_executions = each.value.reserved_concurrency
  layers                         = each.value.layers
  publish                        = true

  environment {
    variables = local.function_env[each.key]
  }

  tracing_config {
    mode = "Active"
  }

  logging_config {
    log_format            = "JSON"
    log_group             = aws_cloudwatch_log_group.fn[each.key].name
    application_log_level = "INFO"
    system_log_level      = "WARN"
  }

  tags = merge(var.tags, { Function = each.key })

  depends_on = [
    aws_iam_role_policy_attachment.basic,
    aws_cloudwatch_log_group.fn,
  ]
}

resource "aws_lambda_alias" "live" {
  for_each         = aws_lambda_function.fn
  name             = "live"
  function_name    = each.value.function_name
  function_version = each.value.version

  lifecycle {
    ignore_changes = [routing_config]
  }
}
