package dev.cloudwright.review;

import dev.cloudwright.model.Component;

/**
 * Outside production, a group keeps one unit running at least: the further units idle most of the time and use energy
 * (and money) for availability a staging or development environment does not need. Scaling still adds units under load.
 */
record NonProductionMinimum(RuleMeta meta) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        Integer floor = Capacity.floor(c);
        if (AwsRules.production(c, scope.architecture()) || floor == null) {
            return;
        }
        if (floor <= 1) {
            scope.pass(this);
            return;
        }
        Component fixed = c.toBuilder().sizing(c.sizing().toBuilder().count(1).min(c.sizing().min() == null ? null : 1).build()).build();
        scope.fail(this, c, null, "keeps " + floor + " units running outside production; a minimum of 1 is usually enough there", fixed);
    }
}
