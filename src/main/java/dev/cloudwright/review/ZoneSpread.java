package dev.cloudwright.review;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Setting;
import java.util.function.BiPredicate;

/** A production group is placed in two zones or more (its subnets' zones); where the zones are not known offline, the check is open. */
record ZoneSpread(RuleMeta meta, BiPredicate<Component, Architecture> when) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        if (!AwsRules.production(c, scope.architecture()) || !when.test(c, scope.architecture())) {
            return;
        }
        int zones = c.placement().zones().size();
        String unknown = c.unresolved().get("zones");
        if (zones < 2 && unknown != null) {
            scope.unknown(this, c, Setting.unknown(unknown, null));
            return;
        }
        if (zones == 0) {
            return;
        }
        if (zones >= 2) {
            scope.pass(this);
        } else {
            scope.fail(this, c, null, "placed in one zone (" + c.placement().zones().get(0) + "); give it subnets in two zones or more", null);
        }
    }
}
