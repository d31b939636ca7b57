data "aws_partition" "current" {}

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

locals {
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.region
  account_id = data.aws_caller_identity.current.account_id
  in_vpc     = length(var.subnet_ids) > 0

  # Built from the name so that the role's policy does not wait for the function.
  function_arn = "arn:${local.partition}:lambda:${local.region}:${local.account_id}:function:${var.name}"

  # Placeholder handler, answering every request with 200 and a small JSON body, until the application's pipeline
  # deploys the real code (Terraform then leaves the code alone: see the lifecycle block of the function).
  is_python            = startswith(var.runtime, "python")
  placeholder_filename = local.is_python ? "index.py" : "index.mjs"
  placeholder_content  = local.is_python ? local.placeholder_python : local.placeholder_nodejs

  placeholder_python = <<-PY
    import json


    def handler(event, context):
        return {
            "statusCode": 200,
            "headers": {"content-type": "application/json"},
            "body": json.dumps({"status": "ok", "message": "placeholder handler: deploy the application code"}),
        }
  PY

  placeholder_nodejs = <<-JS
    export const handler = async () => ({
      statusCode: 200,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: "ok", message: "placeholder handler: deploy the application code" }),
    });
  JS
}

data "archive_file" "placeholder" {
  type                    = "zip"
  output_path             = "${path.module}/.build/${var.name}-placeholder.zip"
  source_content          = local.placeholder_content
  source_content_filename = local.placeholder_filename
}

resource "aws_cloudwatch_log_group" "function" {
  name              = "/aws/lambda/${var.name}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn

  tags = merge(var.tags, { Name = "/aws/lambda/${var.name}", "cloudwright:component" = var.component_id })
}

resource "aws_lambda_function" "this" {
  function_name                  = var.name
  description                    = "API handler of ${var.name}"
  role                           = aws_iam_role.function.arn
  runtime                        = var.runtime
  handler                        = "index.handler"
  architectures                  = [var.architecture]
  memory_size                    = var.memory_mb
  timeout                        = var.timeout_seconds
  reserved_concurrent_executions = var.reserved_concurrency
  kms_key_arn                    = var.kms_key_arn
  filename                       = data.archive_file.placeholder.output_path
  source_code_hash               = data.archive_file.placeholder.output_base64sha256

  dynamic "environment" {
    for_each = length(merge(var.environment, var.secret_arns)) > 0 ? [merge(var.environment, var.secret_arns)] : []

    content {
      variables = environment.value
    }
  }

  tracing_config {
    mode = "Active"
  }

  logging_config {
    log_format            = "JSON"
    log_group             = aws_cloudwatch_log_group.function.name
    application_log_level = "INFO"
    system_log_level      = "WARN"
  }

  dynamic "vpc_config" {
    for_each = local.in_vpc ? [var.subnet_ids] : []

    content {
      subnet_ids         = vpc_config.value
      security_group_ids = aws_security_group.this[*].id
    }
  }

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })

  lifecycle {
    # The application's deployment pipeline replaces the placeholder code; Terraform does not put it back.
    ignore_changes = [filename, source_code_hash]

    precondition {
      condition     = !local.in_vpc || var.vpc_id != null
      error_message = "vpc_id must be set when subnet_ids are given."
    }
  }

  depends_on = [aws_iam_role_policy.function]
}

resource "aws_cloudwatch_log_group" "access" {
  name              = "/aws/apigateway/${var.name}-access"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn

  tags = merge(var.tags, { Name = "/aws/apigateway/${var.name}-access", "cloudwright:component" = var.component_id })
}

resource "aws_apigatewayv2_api" "this" {
  name          = var.name
  description   = "HTTP API of ${var.name}"
  protocol_type = "HTTP"
  # Behind a CDN the API answers only on its custom domain names, not on the execute-api endpoint.
  disable_execute_api_endpoint = var.origin_domain_name != null

  tags = merge(var.tags, { Name = var.name, "cloudwright:component" = var.component_id })
}

resource "aws_apigatewayv2_integration" "lambda" {
  api_id                 = aws_apigatewayv2_api.this.id
  description            = "Lambda proxy to ${var.name}"
  integration_type       = "AWS_PROXY"
  integration_method     = "POST"
  integration_uri        = aws_lambda_function.this.invoke_arn
  payload_format_version = "2.0"
  timeout_milliseconds   = 30000
}

resource "aws_apigatewayv2_route" "default" {
  api_id    = aws_apigatewayv2_api.this.id
  route_key = "$default"
  target    = "integrations/${aws_apigatewayv2_integration.lambda.id}"
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.this.id
  name        = "$default"
  auto_deploy = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.access.arn
    format = jsonencode({
      requestId          = "$context.requestId"
      requestTime        = "$context.requestTime"
      sourceIp           = "$context.identity.sourceIp"
      userAgent          = "$context.identity.userAgent"
      httpMethod         = "$context.httpMethod"
      path               = "$context.path"
      routeKey           = "$context.routeKey"
      protocol           = "$context.protocol"
      status             = "$context.status"
      responseLength     = "$context.responseLength"
      responseLatency    = "$context.responseLatency"
      integrationStatus  = "$context.integrationStatus"
      integrationLatency = "$context.integrationLatency"
      integrationError   = "$context.integrationErrorMessage"
    })
  }

  default_route_settings {
    throttling_rate_limit    = var.throttle_rate_limit
    throttling_burst_limit   = var.throttle_burst_limit
    detailed_metrics_enabled = true
  }

  tags = merge(var.tags, { Name = "${var.name}-default", "cloudwright:component" = var.component_id })
}

resource "aws_lambda_permission" "api" {
  statement_id  = "AllowInvokeFromHttpApi"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.this.function_name
  principal     = "apigateway.amazonaws.com"
  source_arn    = "${aws_apigatewayv2_api.this.execution_arn}/*/*"
}

# The names a CDN reaches the API by: origin_domain_name (shared by every region, what the CDN's origin and the DNS
# failover record use) and regional_domain_name (this region's alone, what the Route 53 health check requests).
locals {
  custom_domains = var.origin_domain_name == null ? {} : { origin = var.origin_domain_name, regional = var.regional_domain_name }
}

resource "aws_apigatewayv2_domain_name" "this" {
  for_each = local.custom_domains

  domain_name = each.value

  domain_name_configuration {
    certificate_arn = var.certificate_arn
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }

  tags = merge(var.tags, { Name = each.value, "cloudwright:component" = var.component_id })

  lifecycle {
    precondition {
      condition     = var.certificate_arn != null && var.regional_domain_name != null && var.zone_id != null
      error_message = "origin_domain_name needs certificate_arn, regional_domain_name and zone_id."
    }
  }
}

resource "aws_apigatewayv2_api_mapping" "this" {
  for_each = local.custom_domains

  api_id      = aws_apigatewayv2_api.this.id
  domain_name = aws_apigatewayv2_domain_name.this[each.key].id
  stage       = aws_apigatewayv2_stage.default.id
}

# The regional name resolves to this region's API only: the health check of the DNS failover requests it.
resource "aws_route53_record" "regional" {
  for_each = var.origin_domain_name == null ? {} : { regional = var.regional_domain_name }

  zone_id = var.zone_id
  name    = each.value
  type    = "A"

  alias {
    name                   = aws_apigatewayv2_domain_name.this["regional"].domain_name_configuration[0].target_domain_name
    zone_id                = aws_apigatewayv2_domain_name.this["regional"].domain_name_configuration[0].hosted_zone_id
    evaluate_target_health = false
  }
}
