package dev.cloudwright.review;

import dev.cloudwright.model.BillingMode;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Setting;
import java.util.Optional;

/**
 * A DynamoDB table in provisioned mode without auto scaling pays for its capacity at peak all day; auto scaling (or
 * on-demand for spiky traffic) pays for what is used.
 */
record ProvisionedWithoutAutoscaling(RuleMeta meta) implements Rule {

    @Override
    public void check(Component c, Scope scope) {
        Optional<Setting<BillingMode>> mode = c.setting(Keys.BILLING_MODE);
        if (mode.isEmpty()) {
            return;
        }
        if (!mode.get().known()) {
            scope.unknown(this, c, mode.get());
            return;
        }
        boolean scaled = c.setting(Keys.MIN_READ_CAPACITY).isPresent() || c.setting(Keys.MIN_WRITE_CAPACITY).isPresent();
        if (mode.get().value() != BillingMode.PROVISIONED || scaled) {
            scope.pass(this);
        } else {
            scope.fail(this, c, mode.get(), "provisioned capacity with no auto scaling: it is billed at its fixed level every hour; scale it"
                    + " (aws_appautoscaling_target) or use PAY_PER_REQUEST", null);
        }
    }
}
