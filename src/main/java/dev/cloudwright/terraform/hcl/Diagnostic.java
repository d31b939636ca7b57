package dev.cloudwright.terraform.hcl;

/**
 * A problem found while reading HCL: a one-line summary, a detail sentence, and the source range
 * it concerns.
 */
public record Diagnostic(Severity severity, String summary, String detail, Range subject) {

    public enum Severity { ERROR, WARNING }

    public static Diagnostic error(String summary, String detail, Range subject) {
        return new Diagnostic(Severity.ERROR, summary, detail, subject);
    }

    /** {@code file:line:column: error: summary; detail} */
    public String format() {
        String where = subject.file() + ":" + subject.start().line() + ":" + subject.start().column();
        return where + ": " + (severity == Severity.ERROR ? "error" : "warning") + ": " + summary + (detail.isEmpty() ? "" : "; " + detail);
    }

    /** The formatted message followed by the offending source line and a caret under the problem. */
    public String formatWithSnippet(String source) {
        StringBuilder b = new StringBuilder(format());
        int lineStart = subject.start().offset();
        while (lineStart > 0 && source.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        int lineEnd = subject.start().offset();
        while (lineEnd < source.length() && source.charAt(lineEnd) != '\n' && source.charAt(lineEnd) != '\r') {
            lineEnd++;
        }
        if (lineStart > source.length()) {
            return b.toString();
        }
        String line = source.substring(lineStart, lineEnd);
        if (line.length() > 200) {
            return b.toString();
        }
        b.append('\n').append("  ").append(line.replace('\t', ' ')).append('\n').append("  ");
        int col = subject.start().offset() - lineStart;
        b.append(" ".repeat(Math.max(0, col))).append('^');
        return b.toString();
    }
}
