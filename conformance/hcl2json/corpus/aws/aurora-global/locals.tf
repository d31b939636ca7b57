locals {
  family = (
    var.engine == "aurora-postgresql"
    ? "aurora-postgresql${split(".", var.engine_version)[0]}"
    : "aurora-mysql8.0"
  )

  port = var.engine == "aurora-postgresql" ? 5432 : 3306

  log_exports = {
    "aurora-postgresql" = ["postgresql"]
    "aurora-mysql"      = ["audit", "error", "general", "slowquery"]
  }

  instance_class = var.serverless_v2_scaling != null ? "db.serverless" : var.instance_class

  primary_name   = "${var.global_cluster_identifier}-primary"
  secondary_name = "${var.global_cluster_identifier}-secondary"

  cluster_params_list  = [for k, v in var.cluster_parameters : { name = k, value = v }]
  instance_params_list = [for k, v in var.instance_parameters : { name = k, value = v }]
}
