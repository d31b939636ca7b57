package dev.cloudwright.terraform.hcl;

import java.util.List;
import java.util.Optional;

/** The content of a file or block: attributes and nested blocks, in source order. */
public record Body(List<Attribute> attributes, List<Block> blocks, Range range) {

    public Body {
        attributes = List.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    public Optional<Attribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public List<Block> blocks(String type) {
        return blocks.stream().filter(b -> b.type().equals(type)).toList();
    }

    /** {@code name = expr} */
    public record Attribute(String name, Expr expr, Range range, Range nameRange) {}

    /** {@code type "label" ... { body }} */
    public record Block(String type, List<String> labels, List<Range> labelRanges, Body body, Range typeRange, Range range) {
        public Block {
            labels = List.copyOf(labels);
            labelRanges = List.copyOf(labelRanges);
        }
    }
}
