package dev.cloudwright.core;

import java.util.List;

/** Bad input from the user (exit code 2). Carries one or more located problems. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).format());
        this.problems = List.copyOf(problems);
    }

    public InputException(SourcePosition where, String message) {
        this(List.of(new Problem(where, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
