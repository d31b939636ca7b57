package dev.cloudwright.terraform.module;

/**
 * The provider configuration a resource instance uses: its address as Terraform prints it
 * ({@code provider["registry.terraform.io/hashicorp/aws"].west}), local name, alias, and the evaluated
 * configuration (null when the provider is used without a {@code provider} block).
 */
public record ProviderBinding(String address, String localName, String alias, String modulePath, EvaluatedBody config) {

    /**
     * The provider's type: the last part of its source ({@code hashicorp/aws} -> {@code aws}), whatever local name
     * the module gives it ({@code aws-v3 = { source = "hashicorp/aws" }}).
     */
    public String type() {
        int open = address.indexOf("[\"");
        int close = open < 0 ? -1 : address.indexOf("\"]", open);
        if (close < 0) {
            return localName;
        }
        String source = address.substring(open + 2, close);
        return source.substring(source.lastIndexOf('/') + 1);
    }
}
