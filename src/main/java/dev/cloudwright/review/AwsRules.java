package dev.cloudwright.review;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rule catalogue, one explicit list: the pillars' lists in order, each entry a rule's metadata beside its check.
 * Ids are stable; a rule that goes is retired, its id not reused. Related ids are the same check in Checkov and Trivy;
 * controls are the compliance tags of {@code compliance/requirements.tsv} the rule supports.
 */
public final class AwsRules {
    private AwsRules() {}

    public static final List<Rule> ALL = Stream.of(SecurityRules.ALL, ReliabilityRules.ALL, PerformanceRules.ALL, OperationsRules.ALL, CostRules.ALL,
            SustainabilityRules.ALL, SchemaRules.ALL).flatMap(List::stream).toList();

    /** The rule with {@code id}. */
    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.meta().id().equals(id)).findFirst();
    }

    /** Production, or Terraform whose environment is not said (it is treated as production). */
    static boolean production(Component c, Architecture arch) {
        return !"staging".equals(arch.environment()) && !"development".equals(arch.environment());
    }
}
