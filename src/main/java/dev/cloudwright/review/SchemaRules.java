package dev.cloudwright.review;

import static dev.cloudwright.review.Pillar.OPERATIONS;
import static dev.cloudwright.review.Severity.HIGH;
import static dev.cloudwright.review.Rules.meta;

import dev.cloudwright.model.Component;
import java.util.List;
import java.util.Map;

/**
 * Configuration that does not match the pinned provider schema (AWS provider 6.25.0): Terraform would reject it at plan
 * time. These rules read the reader's schema problems, not the model; each problem kind is one rule.
 */
final class SchemaRules {
    private SchemaRules() {}

    /** A schema rule: the problem kinds it reports. Components are not its input. */
    record SchemaRule(RuleMeta meta, List<String> kinds) implements Rule {
        @Override
        public void check(Component c, Scope scope) {
            // schema rules are fed problems (Reviewer.review with problems), not components
        }
    }

    static final List<Rule> ALL = List.of(
            new SchemaRule(meta("CW-SCHEMA-001", "Resource type exists in the provider", OPERATIONS, HIGH, "", "", "",
                    "# use a resource type of the pinned provider version (the finding names the nearest)"),
                    List.of("Invalid resource type", "Invalid data source")),
            new SchemaRule(meta("CW-SCHEMA-002", "Arguments exist in the resource's schema", OPERATIONS, HIGH, "", "", "",
                    "# remove the argument, or correct its name (the finding names the nearest)"), List.of("Unsupported argument")),
            new SchemaRule(meta("CW-SCHEMA-003", "Nested blocks exist in the resource's schema", OPERATIONS, HIGH, "", "", "",
                    "# remove the block, or correct its type (the finding names the nearest)"), List.of("Unsupported block type")),
            new SchemaRule(meta("CW-SCHEMA-004", "Required arguments are set", OPERATIONS, HIGH, "", "", "",
                    "# set the argument the finding names"), List.of("Missing required argument")),
            new SchemaRule(meta("CW-SCHEMA-005", "Required blocks are present", OPERATIONS, HIGH, "", "", "",
                    "# add the block the finding names"), List.of("Missing required block")),
            new SchemaRule(meta("CW-SCHEMA-006", "No argument the provider's major version removed", OPERATIONS, HIGH, "", "", "", """
                    # e.g. aws_elasticache_replication_group (removed in 5.0.0)
                    description        = "sessions"   # was replication_group_description
                    num_cache_clusters = 2            # was number_cache_clusters"""), List.of("Removed argument", "Removed block type")),
            new SchemaRule(meta("CW-SCHEMA-007", "No resource type the provider's major version removed", OPERATIONS, HIGH, "", "", "",
                    "# replace the resource with the one the finding names"), List.of("Removed resource type")));

    private static final Map<String, SchemaRule> BY_KIND = byKind();

    private static Map<String, SchemaRule> byKind() {
        Map<String, SchemaRule> m = new java.util.HashMap<>();
        for (Rule r : ALL) {
            SchemaRule s = (SchemaRule) r;
            s.kinds().forEach(k -> m.put(k, s));
        }
        return Map.copyOf(m);
    }

    /** Reports each problem under its rule, if that rule is among {@code rules}. */
    static void report(List<SchemaProblem> problems, List<Rule> rules, Scope scope) {
        for (SchemaProblem p : problems) {
            SchemaRule r = BY_KIND.get(p.kind());
            if (r != null && rules.contains(r)) {
                scope.schema(r, p);
            }
        }
    }
}
