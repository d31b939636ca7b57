resource "azurerm_user_assigned_identity" "control_plane" {
  name                = "id-${var.cluster_name}-cp"
  resource_group_name = var.resource_group_name
  location            = var.location
  tags                = var.tags
}

resource "azurerm_user_assigned_identity" "kubelet" {
  name                = "id-${var.cluster_name}-kubelet"
  resource_group_name = var.resource_group_name
  location            = var.location
  tags                = var.tags
}

# The control plane identity needs to manage the kubelet identity and join
# nodes to the subnet.
resource "azurerm_role_assignment" "cp_managed_identity_operator" {
  scope                = azurerm_user_assigned_identity.kubelet.id
  role_definition_name = "Managed Identity Operator"
  principal_id         = azurerm_user_assigned_identity.control_plane.principal_id
}

resource "azurerm_role_assignment" "cp_network_contributor" {
  scope                            = var.node_subnet_id
  role_definition_name             = "Network Contributor"
  principal_id                     = azurerm_user_assigned_identity.control_plane.principal_id
  skip_service_principal_aad_check = true
}

resource "azurerm_federated_identity_credential" "workloads" {
  for_each = {
    "external-dns"     = "system:serviceaccount:external-dns:external-dns"
    "cert-manager"     = "system:serviceaccount:cert-manager:cert-manager"
    "velero"           = "system:serviceaccount:velero:velero-server"
  }

  name                = each.key
  resource_group_name = var.resource_group_name
  parent_id           = azurerm_user_assigned_identity.kubelet.id
  audience            = ["api://AzureADTokenExchange"]
  issuer              = azurerm_kubernetes_cluster.this.oidc_issuer_url
  subject             = each.value
}
