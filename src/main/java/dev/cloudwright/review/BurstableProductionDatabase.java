package dev.cloudwright.review;

import dev.cloudwright.model.Component;

/**
 * A production database or cache on a burstable class (db.t*, cache.t*): under steady load it spends its CPU credits and
 * is throttled to its baseline (or, unlimited, billed for the surplus). Memory-optimised or general-purpose classes
 * give steady performance.
 */
record BurstableProductionDatabase(RuleMeta meta) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        String sku = c.sizing().sku();
        if (!AwsRules.production(c, scope.architecture()) || sku == null) {
            return;
        }
        if (sku.startsWith("db.t") || sku.startsWith("cache.t")) {
            scope.fail(this, c, null, sku + " is burstable: steady production load exhausts its CPU credits; use an m or r class", null);
        } else {
            scope.pass(this);
        }
    }
}
