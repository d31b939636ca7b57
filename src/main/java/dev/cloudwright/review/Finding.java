package dev.cloudwright.review;

import dev.cloudwright.core.SourcePosition;

/**
 * A rule a component fails: where (the attribute's position when it is written, the resource's first line when it is
 * not; no position for a design's component), what is wrong, the fix and what the fix changes in the monthly cost.
 *
 * @param resource     the Terraform address ({@code module.db.aws_db_instance.this}) or the design component's id
 * @param at           file, line and column; null for a design
 * @param costImpact   the monthly cost change the fix makes (positive costs more), null when it changes nothing
 * @param unknown      the value the rule needed is not known offline, and {@code --unknown fail} made it a finding
 */
public record Finding(RuleMeta rule, String resource, SourcePosition at, String message, Double costImpact, boolean unknown) {}
