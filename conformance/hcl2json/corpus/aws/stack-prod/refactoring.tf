# --- State refactoring history ---------------------------------------------
# The VPC used to be a single module instance; it is now keyed by purpose.
moved {
  from = module.vpc
  to   = module.vpc["app"]
}

moved {
  from = aws_ecs_cluster.this
  to   = aws_ecs_cluster.main
}

moved {
  from = module.service_api
  to   = module.service["api"]
}

# The old standalone log bucket resources now live inside module.logs_bucket.
moved {
  from = aws_s3_bucket.logs
  to   = module.logs_bucket.aws_s3_bucket.this
}

# Resources created by hand before Terraform adoption.
import {
  to = aws_route53_record.delegation
  id = "Z0123456789ABCDEFGHIJ_prod.example.com_NS"
}

import {
  for_each = {
    "/aws/ecs/acme-prod/legacy-worker" = 30
    "/aws/ecs/acme-prod/legacy-cron"   = 14
  }
  to = aws_cloudwatch_log_group.legacy[each.key]
  id = each.key
}

resource "aws_cloudwatch_log_group" "legacy" {
  for_each = {
    "/aws/ecs/acme-prod/legacy-worker" = 30
    "/aws/ecs/acme-prod/legacy-cron"   = 14
  }

  name              = each.key
  retention_in_days = each.value
}

# The bastion host has been decommissioned but the instance is kept for forensics.
removed {
  from = aws_instance.bastion

  lifecycle {
    destroy = false
  }
}

removed {
  from = module.legacy_queue

  lifecycle {
    destroy = true
  }
}
