package dev.cloudwright.review;

import java.util.Locale;

/**
 * How bad a finding is, and its weight in a pillar's score: a passed check of severity s earns its weight, a failed one
 * none (critical 10, high 5, medium 3, low 1, info 0).
 */
public enum Severity {
    CRITICAL(10),
    HIGH(5),
    MEDIUM(3),
    LOW(1),
    INFO(0);

    private final int weight;

    Severity(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is {@code threshold} or worse. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
