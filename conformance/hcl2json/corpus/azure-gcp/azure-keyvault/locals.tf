locals {
  # Full-access policy for the identity running Terraform.
  deployer_policy = {
    deployer = {
      object_id               = data.azurerm_client_config.current.object_id
      key_permissions         = ["Get", "List", "Create", "Delete", "Update", "Recover", "Purge", "GetRotationPolicy", "SetRotationPolicy", "Rotate"]
      secret_permissions      = ["Get", "List", "Set", "Delete", "Recover", "Purge"]
      certificate_permissions = ["Get", "List", "Create", "Delete", "Import", "Update", "ManageContacts"]
      storage_permissions     = []
    }
  }

  access_policies = var.enable_rbac_authorization ? {} : merge(local.deployer_policy, var.access_policies)

  ec_key_names  = [for k, v in var.keys : k if startswith(v.key_type, "EC")]
  rsa_key_names = [for k, v in var.keys : k if startswith(v.key_type, "RSA")]
}
