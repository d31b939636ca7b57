package dev.cloudwright.review;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Sizing;

/**
 * In production, private subnets in several zones do not share one NAT gateway: when its zone fails, every zone loses
 * outbound access. Fails a single gateway where other components of its region span two zones or more.
 */
record SingleNat(RuleMeta meta) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        if (!AwsRules.production(c, scope.architecture()) || c.sizing().count() == null) {
            return;
        }
        int zones = scope.architecture().inRegion(c.region()).stream().mapToInt(o -> o.placement().zones().size()).max().orElse(0);
        if (c.sizing().count() > 1 || zones < 2) {
            scope.pass(this);
            return;
        }
        Sizing more = c.sizing().withCount(zones);
        scope.fail(this, c, null, "one NAT gateway serves a region whose components span " + zones + " zones; put one in each zone and route each"
                + " zone's private subnets to their own", c.toBuilder().sizing(more).build());
    }
}
