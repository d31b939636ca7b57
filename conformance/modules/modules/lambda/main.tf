data "aws_partition" "current" {}

data "aws_region" "current" {
  region = var.region
}

data "aws_caller_identity" "current" {}

locals {
  create      = var.create
  create_role = local.create && var.create_role

  role_arn = local.create_role ? aws_iam_role.lambda[0].arn : var.lambda_role

  attach_network_policy = var.vpc_subnet_ids != null

  log_group_name = "/aws/lambda/${var.function_name}"
  log_group_arn  = "arn:${data.aws_partition.current.partition}:logs:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:log-group:${local.log_group_name}"

  # Policy statements given as a map of objects; null fields are left out of the document.
  statements = { for k, s in var.policy_statements : k => s if local.create_role }
}

resource "aws_cloudwatch_log_group" "lambda" {
  count = local.create && var.create_log_group ? 1 : 0

  region            = var.region
  name              = local.log_group_name
  retention_in_days = var.cloudwatch_logs_retention_in_days
  kms_key_id        = var.cloudwatch_logs_kms_key_id
  tags              = var.tags
}

resource "aws_lambda_function" "this" {
  count = local.create ? 1 : 0

  region = var.region

  function_name = var.function_name
  description   = var.description
  role          = local.role_arn
  package_type  = var.package_type
  handler       = var.package_type == "Zip" ? var.handler : null
  runtime       = var.package_type == "Zip" ? var.runtime : null
  image_uri     = var.image_uri
  architectures = var.architectures
  memory_size   = var.memory_size
  timeout       = var.timeout
  publish       = var.publish
  layers        = var.layers

  filename         = var.local_package
  source_code_hash = var.local_package == null ? null : filebase64sha256(var.local_package)
  s3_bucket        = var.s3_existing_package == null ? null : var.s3_existing_package.bucket
  s3_key           = var.s3_existing_package == null ? null : var.s3_existing_package.key

  reserved_concurrent_executions = var.reserved_concurrent_executions

  dynamic "environment" {
    for_each = length(keys(var.environment_variables)) == 0 ? [] : [true]
    content {
      variables = var.environment_variables
    }
  }

  dynamic "vpc_config" {
    for_each = var.vpc_subnet_ids != null && var.vpc_security_group_ids != null ? [true] : []
    content {
      subnet_ids         = var.vpc_subnet_ids
      security_group_ids = var.vpc_security_group_ids
    }
  }

  dynamic "tracing_config" {
    for_each = var.tracing_mode == null ? [] : [var.tracing_mode]
    content {
      mode = tracing_config.value
    }
  }

  dynamic "dead_letter_config" {
    for_each = var.dead_letter_target_arn == null ? [] : [var.dead_letter_target_arn]
    content {
      target_arn = dead_letter_config.value
    }
  }

  logging_config {
    log_format = var.logging_log_format
    log_group  = var.create_log_group ? aws_cloudwatch_log_group.lambda[0].name : local.log_group_name
  }

  tags = var.tags

  depends_on = [aws_cloudwatch_log_group.lambda, aws_iam_role_policy_attachment.logs]
}

resource "aws_lambda_function_url" "this" {
  count = local.create && var.create_lambda_function_url ? 1 : 0

  region             = var.region
  function_name      = aws_lambda_function.this[0].function_name
  authorization_type = var.authorization_type

  dynamic "cors" {
    for_each = length(keys(var.cors)) == 0 ? [] : [var.cors]
    content {
      allow_origins = try(cors.value.allow_origins, ["*"])
      allow_methods = try(cors.value.allow_methods, ["*"])
      max_age       = try(cors.value.max_age, null)
    }
  }
}

resource "aws_lambda_permission" "triggers" {
  for_each = { for k, v in var.allowed_triggers : k => v if local.create }

  region        = var.region
  function_name = aws_lambda_function.this[0].function_name
  statement_id  = try(each.value.statement_id, each.key)
  action        = try(each.value.action, "lambda:InvokeFunction")
  principal     = try(each.value.principal, "${each.value.service}.amazonaws.com")
  source_arn    = try(each.value.source_arn, null)
}

resource "aws_lambda_event_source_mapping" "this" {
  for_each = { for k, v in var.event_source_mapping : k => v if local.create }

  region                             = var.region
  function_name                      = aws_lambda_function.this[0].arn
  event_source_arn                   = each.value.event_source_arn
  batch_size                         = try(each.value.batch_size, null)
  maximum_batching_window_in_seconds = try(each.value.maximum_batching_window_in_seconds, null)
  starting_position                  = try(each.value.starting_position, null)
  function_response_types            = try(each.value.function_response_types, null)

  dynamic "scaling_config" {
    for_each = try([each.value.scaling_config], [])
    content {
      maximum_concurrency = try(scaling_config.value.maximum_concurrency, null)
    }
  }
}

################################################################################
# IAM
################################################################################

data "aws_iam_policy_document" "assume" {
  count = local.create_role ? 1 : 0

  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "lambda" {
  count = local.create_role ? 1 : 0

  name               = coalesce(var.role_name, var.function_name)
  assume_role_policy = data.aws_iam_policy_document.assume[0].json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "logs" {
  count = local.create_role && var.attach_cloudwatch_logs_policy ? 1 : 0

  role       = aws_iam_role.lambda[0].name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_iam_role_policy_attachment" "vpc" {
  count = local.create_role && local.attach_network_policy ? 1 : 0

  role       = aws_iam_role.lambda[0].name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"
}

data "aws_iam_policy_document" "statements" {
  count = length(local.statements) > 0 ? 1 : 0

  dynamic "statement" {
    for_each = local.statements
    content {
      sid       = statement.key
      effect    = statement.value.effect
      actions   = statement.value.actions
      resources = statement.value.resources
    }
  }
}

resource "aws_iam_role_policy" "statements" {
  count = length(local.statements) > 0 ? 1 : 0

  name   = "${var.function_name}-inline"
  role   = aws_iam_role.lambda[0].id
  policy = data.aws_iam_policy_document.statements[0].json
}
