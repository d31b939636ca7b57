package dev.cloudwright.review;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Connection;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.model.Setting;
import java.util.Optional;

/**
 * An Auto Scaling group a load balancer sends traffic to replaces instances the load balancer finds unhealthy
 * ({@code health_check_type = "ELB"}); with EC2 status checks only, an instance whose application hangs keeps its place.
 */
record LoadBalancedHealthCheck(RuleMeta meta) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        boolean behindLoadBalancer = scope.architecture().connections().stream()
                .filter(k -> k.kind() == Connection.Kind.TRAFFIC && k.to().equals(c.id()))
                .anyMatch(k -> scope.architecture().component(k.from()).map(f -> f.role() == Role.LOAD_BALANCER).orElse(false));
        Optional<Setting<String>> s = c.setting(Keys.HEALTH_CHECK_TYPE);
        if (!behindLoadBalancer || s.isEmpty()) {
            return;
        }
        if (!s.get().known()) {
            scope.unknown(this, c, s.get());
        } else if (s.get().value().equalsIgnoreCase("ELB")) {
            scope.pass(this);
        } else {
            scope.fail(this, c, s.get(), "health_check_type is " + s.get().value() + " behind a load balancer; use ELB so instances failing the target"
                    + " group's health check are replaced", null);
        }
    }
}
