# Legacy aws-auth ConfigMap. New principals should use access entries instead.
resource "kubernetes_config_map_v1_data" "aws_auth" {
  metadata {
    name      = "aws-auth"
    namespace = "kube-system"
  }

  data  = local.aws_auth_configmap_data
  force = true

  depends_on = [aws_eks_node_group.this]
}
