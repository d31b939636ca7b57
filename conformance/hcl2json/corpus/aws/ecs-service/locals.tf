locals {
  cluster_arn = var.create_cluster ? aws_ecs_cluster.this[0].arn : data.aws_ecs_cluster.existing[0].arn

  log_group_name = "/ecs/${var.cluster_name}/${var.service_name}"

  container_environment = [
    for k in sort(keys(var.environment)) : {
      name  = k
      value = var.environment[k]
    }
  ]

  container_secrets = [
    for name, arn in var.secrets : {
      name      = name
      valueFrom = arn
    }
  ]

  secret_arns = distinct([
    for arn in values(var.secrets) :
    # strip the ":json-key::" suffix used for JSON secret fields
    regex("^(arn:aws[a-z-]*:[a-z]+:[a-z0-9-]+:[0-9]{12}:[a-z]+:[^:]+)", arn)[0]
  ])

  ssm_parameter_arns    = [for a in local.secret_arns : a if can(regex(":ssm:", a))]
  secretsmanager_arns   = [for a in local.secret_arns : a if !can(regex(":ssm:", a))]

  container_definitions = [
    {
      name                   = var.service_name
      image                  = var.image
      essential              = true
      readonlyRootFilesystem = true
      cpu                    = 0
      portMappings = [
        {
          name          = "http"
          containerPort = var.container_port
          hostPort      = var.container_port
          protocol      = "tcp"
          appProtocol   = "http"
        }
      ]
      environment = local.container_environment
      secrets     = local.container_secrets
      linuxParameters = {
        initProcessEnabled = var.enable_exec
      }
      healthCheck = {
        command     = ["CMD-SHELL", "curl -fsS http://localhost:${var.container_port}/healthz || exit 1"]
        interval    = 15
        timeout     = 5
        retries     = 3
        startPeriod = 30
      }
      mountPoints = [
        {
          sourceVolume  = "tmp"
          containerPath = "/tmp"
          readOnly      = false
        }
      ]
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          "awslogs-group"         = local.log_group_name
          "awslogs-region"        = data.aws_region.current.name
          "awslogs-stream-prefix" = "app"
        }
      }
      ulimits = [
        { name = "nofile", softLimit = 65536, hardLimit = 65536 }
      ]
    },
    {
      name      = "log-router"
      image     = "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable"
      essential = false
      firelensConfiguration = {
        type    = "fluentbit"
        options = { "enable-ecs-log-metadata" = "true" }
      }
      memoryReservation = 64
    },
  ]
}
