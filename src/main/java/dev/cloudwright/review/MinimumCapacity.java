package dev.cloudwright.review;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.RegionPlan;
import dev.cloudwright.model.Setting;
import java.util.function.BiPredicate;

/**
 * A production group keeps at least two units running (instances, tasks, nodes), so that losing one, or its zone, leaves
 * one serving. Reads the autoscaling minimum, else the count; the finding points at the resource (sizes carry no position).
 * A group scaled to zero in a standby or recovery region is a pilot light and is not checked.
 */
record MinimumCapacity(RuleMeta meta, String units, BiPredicate<Component, Architecture> when) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        if (!AwsRules.production(c, scope.architecture()) || !when.test(c, scope.architecture())) {
            return;
        }
        Integer floor = Capacity.floor(c);
        if (floor == null) {
            Setting<Integer> unknown = Capacity.unknownFloor(c);
            if (unknown != null) {
                scope.unknown(this, c, unknown);
            }
            return;
        }
        if (floor == 0 && standby(c, scope.architecture())) {
            return; // a pilot light: scaled up when the region takes over
        }
        if (floor >= 2) {
            scope.pass(this);
        } else {
            scope.fail(this, c, null, "keeps " + floor + " " + units + " running at least; keep 2 or more, in different zones, so one failure leaves one"
                    + " serving", Capacity.atLeast(c, 2));
        }
    }

    static boolean standby(Component c, Architecture arch) {
        return arch.regions().stream().anyMatch(r -> r.region().equals(c.region())
                && (r.part() == RegionPlan.Part.STANDBY || r.part() == RegionPlan.Part.RECOVERY));
    }
}
