package dev.cloudwright.review;

import dev.cloudwright.model.Component;
import dev.cloudwright.model.Setting;
import dev.cloudwright.model.Sizing;

/** How many units a component keeps running at least: its autoscaling minimum, else its count; null when not known. */
final class Capacity {
    private Capacity() {}

    /** The autoscaling minimum, or the count where nothing scales it. */
    static Integer floor(Component c) {
        Sizing s = c.sizing();
        return s.min() != null ? s.min() : s.count();
    }

    /** Why {@link #floor} is not known offline, as an unknown setting (null when it is known or simply absent). */
    static Setting<Integer> unknownFloor(Component c) {
        String reason = c.unresolved().getOrDefault("min", c.unresolved().get("count"));
        return reason == null ? null : Setting.unknown(reason, null);
    }

    /** {@code c} keeping at least {@code n} units running. */
    static Component atLeast(Component c, int n) {
        Sizing s = c.sizing();
        Sizing.Builder b = s.toBuilder().count(Math.max(s.countOr(0), n));
        if (s.min() != null) {
            b.min(n);
        }
        if (s.max() != null && s.max() < n) {
            b.max(n);
        }
        return c.toBuilder().sizing(b.build()).build();
    }
}
