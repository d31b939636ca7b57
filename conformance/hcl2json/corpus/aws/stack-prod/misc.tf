resource "random_id" "suffix" {
  byte_length = 4

  keepers = {
    environment = var.environment
  }
}

resource "terraform_data" "deployment_marker" {
  input = {
    deployment_id = local.deployment_id
    triggered_at  = timestamp()
    run_id        = uuid()
  }

  triggers_replace = [local.deployment_id]

  lifecycle {
    ignore_changes = [input["triggered_at"], input["run_id"]]
  }
}

resource "aws_ssm_parameter" "service_endpoints" {
  name = "/${local.name}/service-endpoints"
  type = "String"
  tier = "Standard"

  value = jsonencode({
    for name in local.service_names_sorted : name => {
      url  = "https://${name}.${var.domain}"
      port = local.service_ports[name]
    }
  })

  description = format("Service endpoints for %s (%d services)", local.name, length(var.services))
}

resource "aws_budgets_budget" "monthly" {
  name         = "${local.name}-monthly"
  budget_type  = "COST"
  limit_amount = format("%.2f", lookup(local.app_config, "monthly_budget", 5000))
  limit_unit   = "USD"
  time_unit    = "MONTHLY"

  cost_filter {
    name   = "TagKeyValue"
    values = ["user:Environment$${var.environment}"]
  }

  dynamic "notification" {
    for_each = [80, 100, 120]
    content {
      comparison_operator        = "GREATER_THAN"
      threshold                  = notification.value
      threshold_type             = "PERCENTAGE"
      notification_type          = notification.value > 100 ? "FORECASTED" : "ACTUAL"
      subscriber_email_addresses = local.alarm_emails
    }
  }
}
