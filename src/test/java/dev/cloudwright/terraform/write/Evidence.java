package dev.cloudwright.terraform.write;

import dev.cloudwright.core.Tsv;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ResourceInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of {@code aws/control-evidence.tsv}: what in the generated Terraform implements a design control, checked against
 * the resource graph the project's own reader makes of it.
 *
 * <ul>
 *   <li>{@code if}: {@code -}, or resource types that must (or, with {@code !}, must not) exist for the row to apply, joined by
 *       {@code +}; {@code a|b} is either
 *   <li>{@code vars}: {@code -}, or {@code name=value} the graph is read with (an irreversible setting the user turns on)
 *   <li>{@code check}: {@code some} instance matches, {@code every} instance matches (and there is one), {@code none} matches
 *   <li>{@code resource}: resource types ({@code a|b}; {@code data.TYPE} for a data source), or {@code file:NAME} (a file of the root module)
 *   <li>{@code where}: {@code -}, or a filter on the instances: {@code PATH~REGEX}, {@code PATH!~REGEX} or {@code PATH=VALUE}
 *   <li>{@code argument}: a path through arguments and nested blocks ({@code a.b.c}, every item of a list), alternatives with {@code |};
 *       {@code @address}, {@code @refs} (the addresses the instance refers to), {@code @text} (a file's text)
 *   <li>{@code expect}: {@code *} (set: known or known after apply), {@code =VALUE}, {@code ~REGEX}, {@code >=NUMBER}
 * </ul>
 */
record Evidence(String control, String condition, String vars, String check, String resource, String where, String argument, String expect,
        String note, String at) {

    static List<Evidence> load() {
        List<Evidence> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/control-evidence.tsv")) {
            out.add(new Evidence(r.get("control"), r.get("if"), r.get("vars"), r.get("check"), r.get("resource"), r.get("where"), r.get("argument"),
                    r.get("expect"), r.get("note"), r.file() + ":" + r.line()));
        }
        return out;
    }

    /** Whether the row applies to this Terraform (its {@code if}). */
    boolean applies(ResourceGraph g) {
        if (condition.equals("-")) {
            return true;
        }
        for (String term : condition.split("\\+")) {
            boolean negated = term.startsWith("!");
            boolean present = false;
            for (String type : (negated ? term.substring(1) : term).split("\\|")) {
                present |= !instances(g, type).isEmpty();
            }
            if (present == negated) {
                return false;
            }
        }
        return true;
    }

    /** Null when the Terraform holds the evidence, else what is missing. */
    String failure(ResourceGraph g, Path root) {
        if (resource.startsWith("file:")) {
            String text;
            try {
                text = Files.readString(root.resolve(resource.substring("file:".length())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            boolean matches = matches(List.of(Value.str(text)), null);
            return matches == check.equals("none") ? describe() + ": " + (matches ? "found" : "not found") + " in " + resource : null;
        }
        List<ResourceInstance> all = new ArrayList<>();
        for (String type : resource.split("\\|")) {
            all.addAll(instances(g, type));
        }
        List<ResourceInstance> selected = all.stream().filter(this::selected).toList();
        List<String> matching = selected.stream().filter(i -> matches(values(i, argument), i.address())).map(ResourceInstance::address).toList();
        return switch (check) {
            case "some" -> matching.isEmpty() ? describe() + ": no instance of " + selected.size() + " matches" : null;
            case "every" -> selected.isEmpty() ? describe() + ": no instance"
                    : matching.size() < selected.size() ? describe() + ": " + selected.stream().map(ResourceInstance::address)
                            .filter(a -> !matching.contains(a)).toList() + " do not match" : null;
            case "none" -> matching.isEmpty() ? null : describe() + ": " + matching + " match";
            default -> throw new IllegalArgumentException(at + ": check is some, every or none, not " + check);
        };
    }

    String describe() {
        return at + " " + check + " " + resource + (where.equals("-") ? "" : " [" + where + "]") + " " + argument + " " + expect;
    }

    private static List<ResourceInstance> instances(ResourceGraph g, String type) {
        boolean data = type.startsWith("data.");
        String t = data ? type.substring("data.".length()) : type;
        return g.nodes().stream().map(ResourceGraph.Node::instance).filter(i -> i.isData() == data && i.type().equals(t)).toList();
    }

    private boolean selected(ResourceInstance i) {
        if (where.equals("-")) {
            return true;
        }
        boolean negated = where.contains("!~");
        String[] parts = where.split(negated ? "!~" : where.contains("~") ? "~" : "=", 2);
        List<Value> vs = values(i, parts[0]);
        boolean hit = where.contains("~") ? vs.stream().map(Evidence::text).anyMatch(s -> s != null && Pattern.compile(parts[1]).matcher(s).find())
                : vs.stream().map(Evidence::text).anyMatch(parts[1]::equals);
        return hit != negated;
    }

    /** The values at a path (every item of the lists on the way), for each alternative of {@code a|b}. */
    static List<Value> values(ResourceInstance i, String path) {
        List<Value> out = new ArrayList<>();
        for (String alt : path.split("\\|")) {
            switch (alt) {
                case "@address" -> out.add(Value.str(i.address()));
                case "@refs" -> i.dependsOn().forEach(d -> out.add(Value.str(d)));
                default -> walk(i.value(), Arrays.asList(alt.split("\\.")), out);
            }
        }
        return out;
    }

    private static void walk(Value v, List<String> path, List<Value> out) {
        if (v instanceof Value.Seq s) {
            for (Value item : s.items()) {
                walk(item, path, out);
            }
            return;
        }
        if (path.isEmpty()) {
            out.add(v);
            return;
        }
        if (v instanceof Value.Obj o) {
            Value next = o.attribute(path.get(0));
            if (next != null) {
                walk(next, path.subList(1, path.size()), out);
            }
        }
    }

    /**
     * Whether a value at the argument matches. {@code *} asks for a value the configuration sets: a known value, or one known
     * only after apply from another resource; an attribute the instance leaves to the provider (Unknown from the instance
     * itself) is not set.
     */
    private boolean matches(List<Value> vs, String self) {
        if (expect.equals("*")) {
            return vs.stream().anyMatch(v -> v != null && !(v instanceof Value.Null) && !(v instanceof Value.Seq s && s.items().isEmpty())
                    && !(v instanceof Value.Unknown u && self != null && self.equals(u.origin())));
        }
        if (expect.startsWith("=")) {
            return vs.stream().map(Evidence::text).anyMatch(expect.substring(1)::equals);
        }
        if (expect.startsWith("~")) {
            Pattern p = Pattern.compile(expect.substring(1));
            return vs.stream().map(Evidence::text).anyMatch(s -> s != null && p.matcher(s).find());
        }
        if (expect.startsWith(">=")) {
            BigDecimal min = new BigDecimal(expect.substring(2));
            return vs.stream().anyMatch(v -> v instanceof Value.Num n && n.value().compareTo(min) >= 0);
        }
        throw new IllegalArgumentException(at + ": expect is *, =VALUE, ~REGEX or >=NUMBER, not " + expect);
    }

    /** A known scalar as text (numbers in plain form), else null. */
    private static String text(Value v) {
        if (v instanceof Value.Str s) {
            return s.value();
        }
        if (v instanceof Value.Num n) {
            return n.value().toPlainString();
        }
        if (v instanceof Value.Bool b) {
            return String.valueOf(b.value());
        }
        return null;
    }
}
