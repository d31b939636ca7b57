package dev.cloudwright.core;

/** One problem with the user's input: where it is and what is wrong, in one line. */
public record Problem(SourcePosition position, String message) {

    /** The conventional compiler-style form: {@code file:line:column: error: message}. */
    public String format() {
        return position + ": error: " + message;
    }
}
