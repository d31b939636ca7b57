package dev.cloudwright.terraform.adapt;

import dev.cloudwright.model.Keys;
import dev.cloudwright.terraform.eval.Value;

/**
 * The EventBridge rule of a target ({@code aws_cloudwatch_event_rule}, named by reference or by its name on the same event
 * bus and region): when the target runs, from the rule's {@code schedule_expression} or, for a rule with an
 * {@code event_pattern}, on matching events; and whether the rule is enabled.
 */
final class EventRules {
    static final String RULE = "aws_cloudwatch_event_rule";

    private EventRules() {}

    /** Folds the target's rule into {@code d} with its schedule; a rule not in the configuration leaves the schedule unknown. */
    static void schedule(Res target, Draft d, Context ctx) {
        Res rule = rule(target, ctx);
        if (rule == null) {
            Fact<String> name = target.str("rule");
            d.unknown(Keys.SCHEDULE, "the rule " + (name.known() ? name.value() + " " : "") + "is not in this configuration: when the task runs is not known",
                    target.attr("rule") == null ? target.range() : target.attr("rule").range());
            return;
        }
        ctx.absorb(rule, d);
        Fact<String> expression = rule.str("schedule_expression");
        if (expression.isAbsent() && rule.attr("event_pattern") != null) {
            d.set(Keys.SCHEDULE, "on events matching the rule's event pattern", rule.attr("event_pattern").range());
        } else {
            d.set(Keys.SCHEDULE, expression);
        }
        Fact<String> state = rule.str("state");
        Fact<Boolean> enabled = state.isAbsent() ? rule.bool("is_enabled") : state.map(v -> !v.equals("DISABLED"));
        d.set(Keys.ENABLED, enabled);
    }

    /** The rule the target names: by reference, else by its name on the same bus in the same region. */
    private static Res rule(Res target, Context ctx) {
        for (Res r : target.refs("rule")) {
            if (r.type().equals(RULE)) {
                return r;
            }
        }
        Value name = target.value("rule");
        Fact<String> bus = target.str("event_bus_name");
        for (Res r : ctx.index.managed(RULE)) {
            boolean sameRegion = r.region() == null || target.region() == null || r.region().equals(target.region());
            if (name instanceof Value.Str n && r.value("name") instanceof Value.Str rn && rn.equals(n) && sameRegion
                    && bus.orElse("default").equals(r.str("event_bus_name").orElse("default"))) {
                return r;
            }
        }
        return null;
    }
}
