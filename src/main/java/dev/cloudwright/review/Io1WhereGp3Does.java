package dev.cloudwright.review;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Setting;
import java.util.Optional;

/**
 * io1 volumes whose provisioned IOPS gp3 also provides (up to 16,000): gp3 includes 3,000 IOPS and prices the rest far
 * lower. io1 stays right for more IOPS, or where its latency and durability figures are needed.
 */
record Io1WhereGp3Does(RuleMeta meta) implements Rule {
    static final int GP3_MAX_IOPS = 16_000;

    @Override
    public void check(Component c, Scope scope) {
        Optional<Setting<String>> type = c.setting(Keys.STORAGE_TYPE);
        if (type.isEmpty()) {
            return;
        }
        if (!type.get().known()) {
            scope.unknown(this, c, type.get());
            return;
        }
        if (!type.get().value().equals("io1")) {
            scope.pass(this);
            return;
        }
        Optional<Setting<Integer>> iops = c.setting(Keys.IOPS);
        if (iops.isPresent() && !iops.get().known()) {
            scope.unknown(this, c, iops.get());
            return;
        }
        int n = iops.map(Setting::value).orElse(0);
        if (n > GP3_MAX_IOPS) {
            scope.pass(this);
            return;
        }
        Component fixed = c.toBuilder().set(Keys.STORAGE_TYPE, Setting.designed("gp3")).build();
        scope.fail(this, c, type.get(), "io1 with " + (n == 0 ? "no stated" : String.valueOf(n)) + " provisioned IOPS; gp3 gives up to 16,000 IOPS"
                + " (3,000 included) for much less", fixed);
    }
}
