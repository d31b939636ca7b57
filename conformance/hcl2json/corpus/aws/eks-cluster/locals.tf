locals {
  oidc_issuer      = aws_eks_cluster.this.identity[0].oidc[0].issuer
  oidc_issuer_host = replace(local.oidc_issuer, "https://", "")

  # aws-auth style role mappings (kept for clusters still on CONFIG_MAP auth mode)
  aws_auth_roles = concat(
    [
      for ng_key, ng in aws_eks_node_group.this : {
        rolearn  = aws_iam_role.node.arn
        username = "system:node:{{EC2PrivateDNSName}}"
        groups   = ["system:bootstrappers", "system:nodes"]
      } if ng_key == keys(aws_eks_node_group.this)[0] # one entry is enough, all groups share the role
    ],
    [
      for arn in var.admin_role_arns : {
        rolearn  = arn
        username = "admin:{{SessionName}}"
        groups   = ["system:masters"]
      }
    ],
    [
      for arn in var.developer_role_arns : {
        rolearn  = arn
        username = format("dev:%s", element(split("/", arn), length(split("/", arn)) - 1))
        groups   = ["developers"]
      }
    ],
  )

  aws_auth_configmap_data = {
    mapRoles = yamlencode(local.aws_auth_roles)
    mapUsers = yamlencode(var.map_users)
  }

  access_entries = merge(
    { for arn in var.admin_role_arns : arn => "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy" },
    { for arn in var.developer_role_arns : arn => "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy" },
  )

  node_group_taints = {
    for name, ng in var.node_groups : name => [for t in ng.taints : t if t.effect != ""]
  }

  irsa_policy_attachments = {
    for pair in flatten([
      for role_key, role in var.irsa_roles : [
        for arn in role.policy_arns : { key = "${role_key}|${arn}", role = role_key, arn = arn }
      ]
    ]) : pair.key => pair
  }
}
