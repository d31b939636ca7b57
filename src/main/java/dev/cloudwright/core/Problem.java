package dev.cloudwright.core;

import java.util.Comparator;

/** One problem with the user's input: where it is and what is wrong, in one line. */
public record Problem(SourcePosition position, String message) {

    /** File, line and column order (a problem with the whole file first); otherwise the order found. */
    public static final Comparator<Problem> ORDER = Comparator.comparing((Problem p) -> p.position().file())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column());

    /** The conventional compiler-style form: {@code file:line:column: error: message}. */
    public String format() {
        return position + ": error: " + message;
    }
}
