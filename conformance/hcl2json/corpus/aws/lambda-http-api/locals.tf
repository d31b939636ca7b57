locals {
  # route key => function name
  route_map = merge([
    for fname, f in var.functions : { for r in f.routes : r => fname }
  ]...)

  # Detect duplicate route keys across functions (grouping mode).
  route_owners = {
    for pair in flatten([
      for fname, f in var.functions : [for r in f.routes : { route = r, fn = fname }]
    ]) : pair.route => pair.fn...
  }

  duplicate_routes = [for route, owners in local.route_owners : route if length(owners) > 1]

  access_log_format = jsonencode({
    requestId        = "$context.requestId"
    ip               = "$context.identity.sourceIp"
    requestTime      = "$context.requestTime"
    httpMethod       = "$context.httpMethod"
    routeKey         = "$context.routeKey"
    status           = "$context.status"
    protocol         = "$context.protocol"
    responseLength   = "$context.responseLength"
    integrationError = "$context.integrationErrorMessage"
    latency          = "$context.integrationLatency"
  })

  function_env = {
    for fname, f in var.functions : fname => merge(
      {
        POWERTOOLS_SERVICE_NAME = fname
        LOG_LEVEL               = lookup(f.environment, "LOG_LEVEL", "INFO")
      },
      f.environment,
    )
  }
}
