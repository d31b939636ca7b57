package dev.cloudwright.terraform.adapt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Application Auto Scaling as the services that use it read it: a scalable target (an ECS service's task count, an
 * Aurora cluster's readers...) with its policies and scheduled actions, which are folded into the scaled component.
 */
final class AppAutoScaling {
    static final String TARGET = "aws_appautoscaling_target";
    static final String POLICY = "aws_appautoscaling_policy";
    static final String SCHEDULED = "aws_appautoscaling_scheduled_action";

    private AppAutoScaling() {}

    /**
     * The policies and scheduled actions of target {@code t} of {@code scaled} (those naming the target, or the scaled
     * resource, in {@code resource_id}), absorbed into {@code d}; in words, or null when there are none.
     */
    static String policies(Res t, Res scaled, Draft d, Context ctx) {
        List<String> out = new ArrayList<>();
        for (Res p : ctx.index.ofType(POLICY)) {
            if (names(p, t, scaled)) {
                ctx.absorb(p, d);
                String metric = p.str("target_tracking_scaling_policy_configuration.predefined_metric_specification.predefined_metric_type").orElse(null);
                Fact<BigDecimal> target = p.num("target_tracking_scaling_policy_configuration.target_value");
                out.add(metric != null ? "target tracking: " + metric + " " + (target.known() ? target.value().stripTrailingZeros().toPlainString() : "?")
                        : p.str("policy_type").orElse("StepScaling").equals("StepScaling") ? "step scaling" : "target tracking");
            }
        }
        for (Res s : ctx.index.ofType(SCHEDULED)) {
            if (names(s, t, scaled)) {
                ctx.absorb(s, d);
                out.add("scheduled: " + s.str("schedule").orElse("?"));
            }
        }
        return out.isEmpty() ? null : String.join("; ", out);
    }

    /** Whether a policy or scheduled action acts on target {@code t}: by reference, or by the same namespace, resource id and dimension. */
    private static boolean names(Res p, Res t, Res scaled) {
        List<Res> refs = p.refs("resource_id");
        if (refs.contains(t) || refs.contains(scaled)) {
            return true;
        }
        for (String arg : new String[] {"service_namespace", "resource_id", "scalable_dimension"}) {
            Fact<String> a = p.str(arg);
            Fact<String> b = t.str(arg);
            if (!a.known() || !b.known() || !a.value().equals(b.value())) {
                return false;
            }
        }
        return true;
    }
}
