package dev.cloudwright.terraform.eval;

import dev.cloudwright.terraform.hcl.Range;

/** An expression that cannot be evaluated: wrong types, a missing attribute, a failing function. */
public final class EvalError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Range range;
    private final String summary;
    private final String module;

    public EvalError(String summary, String detail, Range range) {
        this(summary, detail, range, null);
    }

    private EvalError(String summary, String detail, Range range, String module) {
        super(detail, null, false, false);
        this.summary = summary;
        this.range = range;
        this.module = module;
    }

    public Range range() {
        return range;
    }

    public String summary() {
        return summary;
    }

    /**
     * The address of the module instance whose expression failed ({@code module.net["eu"]}, "" for the
     * root module), or null when not yet known.
     */
    public String module() {
        return module;
    }

    /** This error as raised in module instance {@code address}; an error that already names one keeps it (the innermost). */
    public EvalError in(String address) {
        return module != null ? this : new EvalError(summary, getMessage(), range, address);
    }
}
