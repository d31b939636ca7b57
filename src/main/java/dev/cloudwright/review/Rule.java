package dev.cloudwright.review;

import dev.cloudwright.model.Component;

/** One check. It reads one component of the model (and, through the scope, the others) and reports to the scope. */
public interface Rule {
    RuleMeta meta();

    /** Checks {@code c}, which {@link RuleMeta#appliesTo} accepts: passes, fails or finds it unknown, through {@code scope}. */
    void check(Component c, Scope scope);
}
