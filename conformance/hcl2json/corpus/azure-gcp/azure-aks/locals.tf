locals {
  dns_prefix = substr(replace(var.cluster_name, "/[^a-z0-9]/", ""), 0, 20)

  # Spot pools automatically get the well-known spot taint and label.
  user_pools = {
    for name, p in var.user_pools : name => merge(p, {
      taints = p.priority == "Spot" ? distinct(concat(p.taints, ["kubernetes.azure.com/scalesetpriority=spot:NoSchedule"])) : p.taints
      labels = merge(p.labels, {
        "workload.example.com/pool" = name
      }, p.priority == "Spot" ? { "kubernetes.azure.com/scalesetpriority" = "spot" } : {})
    })
  }

  spot_pool_names = [for n, p in var.user_pools : n if p.priority == "Spot"]

  node_cloud_init = <<-EOT
    #cloud-config
    package_update: true
    packages:
      - jq
      - nfs-common
    write_files:
      - path: /etc/sysctl.d/90-aks-tuning.conf
        permissions: "0644"
        content: |
          vm.max_map_count=262144
          fs.inotify.max_user_watches=1048576
          net.core.somaxconn=16384
    runcmd:
      - sysctl --system
      - echo "cluster=${var.cluster_name}" > /etc/aks-cluster-name
  EOT
}
