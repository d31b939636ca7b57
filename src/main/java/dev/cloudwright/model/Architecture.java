package dev.cloudwright.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The provider-neutral architecture: regions, components and the connections between them. Terraform
 * generation, pricing, review and resilience analysis all read this model.
 */
public record Architecture(String name, String cloud, String environment, List<RegionPlan> regions,
        List<Component> components, List<Connection> connections) {

    public Architecture {
        regions = List.copyOf(regions);
        components = List.copyOf(components);
        connections = List.copyOf(connections);
    }

    public Optional<Component> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<Component> components(Role role) {
        return components.stream().filter(c -> c.role() == role).toList();
    }

    public List<Component> components(Predicate<Component> p) {
        return components.stream().filter(p).toList();
    }

    public List<Component> inRegion(String region) {
        return components.stream().filter(c -> c.region().equals(region)).toList();
    }
}
