package dev.cloudwright.review;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Setting;
import java.util.Optional;

/**
 * A gp3 volume provisioned above the 3,000 included IOPS but left at the 125 MB/s baseline throughput: I/O larger than
 * about 40 KiB then hits the throughput limit first and the IOPS paid for are not reached. The fix provisions 0.25 MB/s
 * per IOPS (gp3's ratio limit), at most 1,000 MB/s, priced.
 */
record Gp3Throughput(RuleMeta meta) implements Rule {
    static final int BASELINE_IOPS = 3_000;
    static final int BASELINE_MBPS = 125;

    @Override
    public void check(Component c, Scope scope) {
        if (!"gp3".equals(c.value(Keys.STORAGE_TYPE))) {
            return;
        }
        Optional<Setting<Integer>> iops = c.setting(Keys.IOPS);
        Optional<Setting<Integer>> mbps = c.setting(Keys.THROUGHPUT_MBPS);
        for (Optional<Setting<Integer>> s : java.util.List.of(iops, mbps)) {
            if (s.isPresent() && !s.get().known()) {
                scope.unknown(this, c, s.get());
                return;
            }
        }
        int io = iops.map(Setting::value).orElse(BASELINE_IOPS);
        int tp = mbps.map(Setting::value).orElse(BASELINE_MBPS);
        if (io <= BASELINE_IOPS || tp > BASELINE_MBPS) {
            scope.pass(this);
            return;
        }
        int target = Math.min(1000, io / 4);
        scope.fail(this, c, mbps.orElse(null), io + " IOPS at the " + tp + " MB/s baseline: larger I/O is limited by throughput first; provision"
                + " about " + target + " MB/s", c.toBuilder().set(Keys.THROUGHPUT_MBPS, Setting.designed(target)).build());
    }
}
