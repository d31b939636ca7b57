package dev.cloudwright.model;

/**
 * One resource of the configuration a model was read from, and where it went: the unit a bill names.
 *
 * @param address    its address in the configuration (a Terraform resource instance address)
 * @param type       its resource type
 * @param region     its region, or null when not known offline
 * @param component  id of the component it is part of, or null
 * @param supporting why it supports the architecture without being part of a component (IAM, security groups...), or null
 * @param name       its Name tag, when the configuration sets one (to match it with a bill), or null
 */
public record SourceResource(String address, String type, String region, String component, String supporting, String name) {

    public SourceResource(String address, String type, String region, String component, String supporting) {
        this(address, type, region, component, supporting, null);
    }
}
