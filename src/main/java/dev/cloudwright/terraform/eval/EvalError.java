package dev.cloudwright.terraform.eval;

import dev.cloudwright.terraform.hcl.Range;

/** An expression that cannot be evaluated: wrong types, a missing attribute, a failing function. */
public final class EvalError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Range range;
    private final String summary;

    public EvalError(String summary, String detail, Range range) {
        super(detail, null, false, false);
        this.summary = summary;
        this.range = range;
    }

    public Range range() {
        return range;
    }

    public String summary() {
        return summary;
    }
}
