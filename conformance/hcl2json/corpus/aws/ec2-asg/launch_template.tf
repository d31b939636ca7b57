data "aws_ssm_parameter" "ami" {
  count = var.ami_id == "" ? 1 : 0
  name  = var.ami_ssm_parameter
}

data "aws_region" "current" {}

locals {
  ami_id = var.ami_id != "" ? var.ami_id : nonsensitive(data.aws_ssm_parameter.ami[0].value)

  user_data = templatefile("${path.module}/templates/user_data.sh.tftpl", {
    name        = var.name
    port        = var.app_config.port
    environment = var.app_config.environment
    packages    = var.app_config.packages
    extra_files = var.app_config.extra_files
    region      = data.aws_region.current.name
  })

  # A small inline cloud-config fallback used when no template file is shipped.
  inline_user_data = <<-CLOUDCFG
    #cloud-config
    package_update: true
    packages:
    %{~ for p in var.app_config.packages }
      - ${p}
    %{~ endfor }
    write_files:
    %{ for path, content in var.app_config.extra_files ~}
      - path: ${path}
        encoding: b64
        content: ${base64encode(content)}
    %{ endfor ~}
    runcmd:
      - [ systemctl, enable, --now, "${var.name}.service" ]
  CLOUDCFG
}

resource "aws_launch_template" "this" {
  name_prefix            = "${var.name}-"
  description            = "Launch template for ${var.name} (${var.app_config.environment})"
  image_id               = local.ami_id
  instance_type          = var.instance_types[0].type
  vpc_security_group_ids = var.security_group_ids
  ebs_optimized          = true
  update_default_version = true

  user_data = base64encode(
    fileexists("${path.module}/templates/user_data.sh.tftpl") ? local.user_data : local.inline_user_data
  )

  iam_instance_profile {
    arn = aws_iam_instance_profile.this.arn
  }

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required" # IMDSv2 only
    http_put_response_hop_limit = 1
    http_protocol_ipv6          = "disabled"
    instance_metadata_tags      = "enabled"
  }

  monitoring {
    enabled = true
  }

  block_device_mappings {
    device_name = "/dev/xvda"

    ebs {
      volume_size           = var.root_volume_size
      volume_type           = "gp3"
      iops                  = 3000
      throughput            = 125
      encrypted             = true
      delete_on_termination = true
    }
  }

  credit_specification {
    cpu_credits = "standard"
  }

  maintenance_options {
    auto_recovery = "default"
  }

  dynamic "tag_specifications" {
    for_each = toset(["instance", "volume", "network-interface"])
    content {
      resource_type = tag_specifications.value
      tags          = merge(var.tags, { Name = var.name })
    }
  }

  lifecycle {
    create_before_destroy = true
  }
}
