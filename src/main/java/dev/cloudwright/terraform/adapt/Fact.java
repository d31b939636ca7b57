package dev.cloudwright.terraform.adapt;

import dev.cloudwright.terraform.hcl.Range;

/**
 * A setting read from a resource, remembering where it came from: written in the configuration,
 * the provider's or AWS's default (not written), not known offline, or absent with no default.
 */
public record Fact<T>(T value, Origin origin, String reason, Range at) {

    public enum Origin { EXPLICIT, DEFAULT, UNKNOWN, ABSENT }

    public static <T> Fact<T> explicit(T value, Range at) {
        return new Fact<>(value, Origin.EXPLICIT, null, at);
    }

    public static <T> Fact<T> defaulted(T value, String source) {
        return new Fact<>(value, Origin.DEFAULT, source, null);
    }

    public static <T> Fact<T> unknown(String reason, Range at) {
        return new Fact<>(null, Origin.UNKNOWN, reason, at);
    }

    public static <T> Fact<T> absent() {
        return new Fact<>(null, Origin.ABSENT, null, null);
    }

    public boolean known() {
        return origin == Origin.EXPLICIT || origin == Origin.DEFAULT;
    }

    public boolean isUnknown() {
        return origin == Origin.UNKNOWN;
    }

    public T orElse(T other) {
        return known() ? value : other;
    }

    /** True only when known to be true. */
    public static boolean isTrue(Fact<Boolean> f) {
        return f.known() && Boolean.TRUE.equals(f.value());
    }
}
