output "lb_ip" {
  value = module.lb.ip_address
}

output "service_urls" {
  value = { for k, m in module.run : k => m.uri }
}

output "gke_cluster_id" {
  value = try(module.gke[0].cluster_id, null)
}

output "terraform_identity" {
  value = data.google_client_openid_userinfo.me.email
}

output "summary" {
  value = <<-EOT
    Environment : ${var.environment}
    Project     : ${var.project_id} (${data.google_project.current.number})
    Services    :
    %{ for name, svc in var.services ~}
      - ${name}%{ if svc.public } (public)%{ endif }: ${svc.image}
    %{ endfor ~}
  EOT
}
