package dev.cloudwright.model;

import dev.cloudwright.core.SourcePosition;
import java.util.Objects;

/**
 * One setting of a component with its provenance: chosen by the designer (with the assumption behind
 * it), written in the configuration (with where), taken from a provider default (with the default's
 * source), or not known offline (with the reason). An unknown setting has no value: readers must not
 * take it for {@code false} or zero.
 *
 * @param value the value; null exactly when {@code from} is {@link Origin#UNKNOWN}
 * @param from  where the value comes from
 * @param basis the assumption (designed), the default's source (defaulted) or the reason (unknown)
 * @param at    where it is written (explicit, and unknown values read from a file)
 */
public record Setting<T>(T value, Origin from, String basis, SourcePosition at) {

    public enum Origin {
        /** Chosen by the designer. */
        DESIGNED,
        /** Written in the configuration. */
        EXPLICIT,
        /** Not written: the provider's or the service's default applies. */
        DEFAULTED,
        /** Not known offline (computed at apply time, from a data source, or from an unknown variable). */
        UNKNOWN
    }

    public Setting {
        Objects.requireNonNull(from, "from");
        if ((value == null) != (from == Origin.UNKNOWN)) {
            throw new IllegalArgumentException(from == Origin.UNKNOWN ? "an unknown setting has no value" : "a " + from + " setting needs a value");
        }
        if (from == Origin.UNKNOWN && (basis == null || basis.isBlank())) {
            throw new IllegalArgumentException("an unknown setting needs its reason");
        }
    }

    public static <T> Setting<T> designed(T value) {
        return new Setting<>(value, Origin.DESIGNED, null, null);
    }

    public static <T> Setting<T> designed(T value, String assumption) {
        return new Setting<>(value, Origin.DESIGNED, assumption, null);
    }

    public static <T> Setting<T> explicit(T value, SourcePosition at) {
        return new Setting<>(value, Origin.EXPLICIT, null, at);
    }

    public static <T> Setting<T> defaulted(T value, String source) {
        return new Setting<>(value, Origin.DEFAULTED, source, null);
    }

    public static <T> Setting<T> unknown(String reason, SourcePosition at) {
        return new Setting<>(null, Origin.UNKNOWN, reason, at);
    }

    public boolean known() {
        return from != Origin.UNKNOWN;
    }

    /** The same provenance with another value (e.g. a value normalised into the model's vocabulary). */
    public <U> Setting<U> with(U other) {
        return known() ? new Setting<>(other, from, basis, at) : new Setting<>(null, from, basis, at);
    }
}
