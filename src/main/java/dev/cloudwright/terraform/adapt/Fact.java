package dev.cloudwright.terraform.adapt;

import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.model.Setting;
import dev.cloudwright.terraform.hcl.Range;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A setting read from a resource, remembering where it came from: written in the configuration,
 * the provider's or AWS's default (not written), not known offline, or absent with no default. It
 * becomes a {@link Setting} of the component ({@link #setting()}); an absent fact sets nothing.
 */
record Fact<T>(T value, Origin origin, String reason, Range at) {

    enum Origin { EXPLICIT, DEFAULT, UNKNOWN, ABSENT }

    static <T> Fact<T> explicit(T value, Range at) {
        return new Fact<>(value, Origin.EXPLICIT, null, at);
    }

    static <T> Fact<T> defaulted(T value, String source) {
        return new Fact<>(value, Origin.DEFAULT, source, null);
    }

    static <T> Fact<T> unknown(String reason, Range at) {
        return new Fact<>(null, Origin.UNKNOWN, reason, at);
    }

    static <T> Fact<T> absent() {
        return new Fact<>(null, Origin.ABSENT, null, null);
    }

    boolean known() {
        return origin == Origin.EXPLICIT || origin == Origin.DEFAULT;
    }

    boolean isUnknown() {
        return origin == Origin.UNKNOWN;
    }

    boolean isAbsent() {
        return origin == Origin.ABSENT;
    }

    T orElse(T other) {
        return known() ? value : other;
    }

    /** True only when known to be true. */
    static boolean isTrue(Fact<Boolean> f) {
        return f.known() && Boolean.TRUE.equals(f.value());
    }

    /** The same provenance with the value converted (a null result makes the fact absent). */
    <U> Fact<U> map(Function<T, U> f) {
        if (!known()) {
            return new Fact<>(null, origin, reason, at);
        }
        U u = f.apply(value);
        return u == null ? absent() : new Fact<>(u, origin, reason, at);
    }

    /** The same provenance with another basis (a default's source phrased for the setting it now decides). */
    Fact<T> because(String basis) {
        return origin == Origin.DEFAULT ? defaulted(value, basis) : this;
    }

    /** This fact, or {@code other} when this one is absent. */
    Fact<T> or(Fact<T> other) {
        return isAbsent() ? other : this;
    }

    /**
     * Of several flags, the one that decides "any is true": a known true, else an unknown, else a
     * written false, else a defaulted false; absent when there is none.
     */
    static Fact<Boolean> anyTrue(List<Fact<Boolean>> facts) {
        Fact<Boolean> result = absent();
        for (Fact<Boolean> f : facts) {
            if (isTrue(f)) {
                return f;
            }
            if (rank(f) > rank(result)) {
                result = f;
            }
        }
        return result;
    }

    private static int rank(Fact<Boolean> f) {
        return switch (f.origin) {
            case UNKNOWN -> 3;
            case EXPLICIT -> 2;
            case DEFAULT -> 1;
            case ABSENT -> 0;
        };
    }

    /** The component setting with the same provenance; empty when absent. */
    Optional<Setting<T>> setting() {
        return switch (origin) {
            case EXPLICIT -> Optional.of(Setting.explicit(value, position(at)));
            case DEFAULT -> Optional.of(Setting.defaulted(value, reason));
            case UNKNOWN -> Optional.of(Setting.unknown(reason, position(at)));
            case ABSENT -> Optional.empty();
        };
    }

    /** Where a range starts, as the model writes positions (file:line:column). */
    static SourcePosition position(Range r) {
        return r == null ? null : new SourcePosition(r.file(), r.start().line(), r.start().column());
    }
}
