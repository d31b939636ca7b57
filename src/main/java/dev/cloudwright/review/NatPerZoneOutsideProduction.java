package dev.cloudwright.review;

import dev.cloudwright.model.Component;

/** Outside production, one NAT gateway for all zones is usually enough: each further gateway is billed by the hour. */
record NatPerZoneOutsideProduction(RuleMeta meta) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        Integer n = c.sizing().count();
        if (AwsRules.production(c, scope.architecture()) || n == null) {
            return;
        }
        if (n <= 1) {
            scope.pass(this);
        } else {
            scope.fail(this, c, null, n + " NAT gateways outside production; one shared gateway is usually enough where a zone outage is acceptable",
                    c.toBuilder().sizing(c.sizing().withCount(1)).build());
        }
    }
}
