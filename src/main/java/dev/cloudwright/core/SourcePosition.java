package dev.cloudwright.core;

/** A 1-based line and column in a named input file. */
public record SourcePosition(String file, int line, int column) implements Json.Text {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
