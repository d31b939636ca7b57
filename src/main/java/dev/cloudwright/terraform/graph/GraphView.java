package dev.cloudwright.terraform.graph;

import java.util.List;
import java.util.Map;

/**
 * A read-only view of a {@link ResourceGraph} for renderers, free of evaluator types: values are plain Java
 * data (String, BigDecimal, Boolean, List, Map, and {@code Json.NULL} for null or unknown parts) and
 * locations are {@code FILE:LINE:COLUMN} strings.
 */
public record GraphView(List<Node> nodes, List<Edge> edges, Map<String, Attribute> outputs, List<Unresolved> unresolved,
        List<Problem> problems) {

    /**
     * One resource instance. {@code mode} is {@code managed}, {@code data} or {@code ephemeral}; {@code module}
     * is empty for the root module; {@code index} is the count index (Integer) or for_each key (String), null
     * when there is none or it is unknown ({@code indexUnknown}); {@code provider} is null when unbound;
     * {@code regionUnknown} is the reason when the region is not known (then {@code region} is {@code Json.NULL}).
     */
    public record Node(String address, String mode, String type, String name, String module, Object index, boolean indexUnknown,
            String provider, Object region, String regionUnknown, String at, Body body, List<String> dependsOn) {

        public boolean isData() {
            return mode.equals("data");
        }
    }

    /** Attributes in the body's order, and the nested blocks. */
    public record Body(Map<String, Attribute> attributes, List<Block> blocks) {}

    /** A nested block; {@code repetitionsUnknown} when it stands for dynamic repetitions not known offline. */
    public record Block(String type, List<String> labels, boolean repetitionsUnknown, String at, Body body) {}

    /**
     * An evaluated value: {@code unknown} lists its unknown parts (empty when wholly known); {@code at} is null
     * for outputs; {@code references} are the instance addresses it refers to.
     */
    public record Attribute(Object value, List<Unknown> unknown, String at, List<String> references) {}

    /** An unknown part of a value: {@code .} for the whole value, else e.g. {@code tags.Name} or {@code ids[0]}. */
    public record Unknown(String path, String reason) {}

    public record Edge(String from, String to) {}

    public record Unresolved(String module, String source, String reason) {}

    /** A diagnostic; {@code severity} is lower case. */
    public record Problem(String severity, String summary, String detail, String at) {}
}
