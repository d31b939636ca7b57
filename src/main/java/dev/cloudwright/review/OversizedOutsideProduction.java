package dev.cloudwright.review;

import dev.cloudwright.model.Component;
import java.util.List;

/**
 * Outside production, instances, database and cache nodes of 2xlarge and bigger: a staging or development copy rarely
 * needs production's size. The fix is one size down in the same family, priced.
 */
record OversizedOutsideProduction(RuleMeta meta) implements Rule {
    /** Sizes in order; the first two are not flagged. */
    static final List<String> LADDER = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "48xlarge");

    @Override
    public void check(Component c, Scope scope) {
        String sku = c.sizing().sku();
        if (AwsRules.production(c, scope.architecture()) || sku == null || sku.lastIndexOf('.') <= 0) {
            return;
        }
        String size = sku.substring(sku.lastIndexOf('.') + 1);
        int i = LADDER.indexOf(size);
        if (i < 0) {
            return;
        }
        if (i < 2) {
            scope.pass(this);
            return;
        }
        String smaller = sku.substring(0, sku.lastIndexOf('.') + 1) + LADDER.get(i - 1);
        scope.fail(this, c, null, sku + " in " + scope.architecture().environment() + "; size non-production from its own load (" + smaller
                + " is one size down)", c.toBuilder().sizing(c.sizing().withSku(smaller)).build());
    }
}
