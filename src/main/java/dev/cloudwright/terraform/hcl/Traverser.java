package dev.cloudwright.terraform.hcl;

/** One step of a static traversal. */
public sealed interface Traverser {

    Range range();

    record Root(String name, Range range) implements Traverser {}

    record Attr(String name, Range range) implements Traverser {}

    /** {@code [key]} with a literal key, or the legacy {@code .0} form. {@code key} is a String or BigDecimal. */
    record IndexStep(Object key, Range range) implements Traverser {}
}
