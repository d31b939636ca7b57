package dev.cloudwright.terraform.module;

import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.hcl.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A block body after evaluation: each argument's value (known or Unknown) with the source range it was
 * written at, and the nested blocks (with {@code dynamic} blocks expanded).
 */
public record EvaluatedBody(Map<String, Attr> attributes, List<Block> blocks, Range range) {

    public EvaluatedBody {
        attributes = Map.copyOf(attributes);
        blocks = List.copyOf(blocks);
    }

    /**
     * An argument as written: its value, where, and the resource instances its expression refers to
     * (directly or through locals, variables and module outputs), sorted.
     */
    public record Attr(String name, Value value, Range range, List<String> references) {
        public Attr {
            references = List.copyOf(references);
        }

        public Attr(String name, Value value, Range range) {
            this(name, value, range, List.of());
        }
    }

    /**
     * A nested block. {@code representative} marks a block standing for a {@code dynamic} block whose
     * repetitions are not known offline.
     */
    public record Block(String type, List<String> labels, EvaluatedBody body, Range range, boolean representative) {}

    public Attr attribute(String name) {
        return attributes.get(name);
    }

    public List<Block> blocks(String type) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.type().equals(type)) {
                out.add(b);
            }
        }
        return out;
    }
}
