package dev.cloudwright.terraform.hcl;

/**
 * A position in a source file.
 *
 * @param line   1-based line
 * @param column 1-based column, counted in characters
 * @param bytes  0-based offset in UTF-8 bytes
 * @param offset 0-based offset in the Java string (UTF-16 units), for slicing the source
 */
public record Pos(int line, int column, int bytes, int offset) {}
