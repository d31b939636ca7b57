package dev.cloudwright.cli;

/** Process exit codes, the same for every command. */
public enum ExitCode {
    OK(0),
    /** Findings over the threshold (review commands), or a partial result (a file skipped for its size). */
    FINDINGS(1),
    /** Bad input or usage. */
    USAGE(2),
    /** A defect in Cloudwright. */
    INTERNAL(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
