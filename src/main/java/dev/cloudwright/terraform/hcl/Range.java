package dev.cloudwright.terraform.hcl;

/** A span of source text: from {@code start} (inclusive) to {@code end} (exclusive). */
public record Range(String file, Pos start, Pos end) {

    public static Range between(Range a, Range b) {
        Pos s = a.start.offset() <= b.start.offset() ? a.start : b.start;
        Pos e = a.end.offset() >= b.end.offset() ? a.end : b.end;
        return new Range(a.file, s, e);
    }

    /** The empty range at this range's end. */
    public Range endPoint() {
        return new Range(file, end, end);
    }

    /** The empty range at this range's start. */
    public Range startPoint() {
        return new Range(file, start, start);
    }

    public String text(String source) {
        return source.substring(start.offset(), end.offset());
    }

    @Override
    public String toString() {
        return file + ":" + start.line() + "," + start.column() + "-" + (end.line() == start.line() ? "" : end.line() + ",") + end.column();
    }
}
