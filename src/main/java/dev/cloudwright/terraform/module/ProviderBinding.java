package dev.cloudwright.terraform.module;

/**
 * The provider configuration a resource instance uses: its address as Terraform prints it
 * ({@code provider["registry.terraform.io/hashicorp/aws"].west}), local name, alias, and the evaluated
 * configuration (null when the provider is used without a {@code provider} block).
 */
public record ProviderBinding(String address, String localName, String alias, String modulePath, EvaluatedBody config) {}
