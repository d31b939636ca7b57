package dev.cloudwright.terraform.config;

import dev.cloudwright.core.Text;
import dev.cloudwright.terraform.hcl.Body;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.hcl.Range;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks resources and data sources against the bundled provider schemas, as {@code terraform validate}
 * would: the type exists, every argument and nested block exists, every required one is set. Types of
 * providers without a bundled schema (random, archive...) are not checked.
 */
public final class SchemaCheck {

    private static final Set<String> META_ARGUMENTS = Set.of("count", "for_each", "provider", "depends_on");
    private static final Set<String> META_BLOCKS = Set.of("lifecycle", "provisioner", "connection");

    /** Removed names by {@code type} then name ({@code *}: the type), with the release that removed them and what replaces them. */
    private static final java.util.function.Supplier<Map<String, Map<String, String[]>>> REMOVED = dev.cloudwright.core.DataFile.lazy(
            "dev/cloudwright/aws/removed-arguments.tsv", rows -> {
                Map<String, Map<String, String[]>> m = new java.util.HashMap<>();
                for (dev.cloudwright.core.Tsv.Row r : rows) {
                    m.computeIfAbsent(r.get("type"), k -> new java.util.HashMap<>()).put(r.get("name"), new String[] {r.get("removed_in"), r.get("replacement")});
                }
                return m;
            });

    /** A schema problem of one resource: its address (with the module path), what kind it is (the diagnostic's summary), and the diagnostic. */
    public record Problem(String resource, Diagnostic diagnostic) {}

    private SchemaCheck() {}

    /** Every module of a loaded tree (each module directory once), each problem with the address of its resource. */
    public static List<Problem> problems(ConfigTree.Node root) {
        List<Problem> out = new ArrayList<>();
        walk(root, "", out, new HashSet<>());
        return out;
    }

    private static void walk(ConfigTree.Node n, String prefix, List<Problem> out, Set<String> seen) {
        if (!seen.add(n.config().dir().toAbsolutePath().normalize().toString())) {
            return;
        }
        out.addAll(problems(n.config(), prefix));
        for (Map.Entry<String, ConfigTree.Child> c : n.children().entrySet()) {
            if (c.getValue().node() != null) {
                walk(c.getValue().node(), prefix + "module." + c.getKey() + ".", out, seen);
            }
        }
    }

    /** Every module of a loaded tree (each module directory once). */
    public static List<Diagnostic> check(ConfigTree.Node root) {
        return problems(root).stream().map(Problem::diagnostic).toList();
    }

    public static List<Diagnostic> check(ModuleConfig m) {
        return problems(m, "").stream().map(Problem::diagnostic).toList();
    }

    private static List<Problem> problems(ModuleConfig m, String prefix) {
        List<Problem> all = new ArrayList<>();
        for (ModuleConfig.Resource r : m.resources()) {
            List<Diagnostic> out = new ArrayList<>();
            resource(r, out);
            out.forEach(d -> all.add(new Problem(prefix + r.address(), d)));
        }
        return all;
    }

    private static void resource(ModuleConfig.Resource r, List<Diagnostic> out) {
        if (!ProviderSchema.covers(r.type()) || r.mode() == ModuleConfig.Mode.EPHEMERAL) {
            return;
        }
        boolean data = r.mode() == ModuleConfig.Mode.DATA;
        Optional<ProviderSchema.Block> schema = data ? ProviderSchema.dataSource(r.type()) : ProviderSchema.resource(r.type());
        String[] gone = data ? null : REMOVED.get().getOrDefault(r.type(), Map.of()).get("*");
        if (schema.isEmpty() && gone != null) {
            out.add(Diagnostic.error("Removed resource type", "Resource type \"" + r.type() + "\" was removed in version " + gone[0]
                    + " of the AWS provider; use " + gone[1] + ".", r.typeRange()));
            return;
        }
        if (schema.isEmpty()) {
            out.add(Diagnostic.error("Invalid " + (data ? "data source" : "resource type"), "The provider does not support "
                    + (data ? "data source" : "resource type") + " \"" + r.type() + "\"." + Text.didYouMean(r.type(),
                            ProviderSchema.typesLike(r.type(), data)), r.typeRange()));
            return;
        }
        body(r.body(), schema.get(), r.type(), r.typeRange(), true, out);
    }

    private static void body(Body b, ProviderSchema.Block schema, String where, Range at, boolean top, List<Diagnostic> out) {
        Set<String> set = new HashSet<>();
        for (Body.Attribute a : b.attributes()) {
            if (top && META_ARGUMENTS.contains(a.name())) {
                continue;
            }
            set.add(a.name());
            if (!schema.hasAttribute(a.name())) {
                if (schema.blocks().containsKey(a.name())) {
                    continue; // some schemas list a nested block where an attribute of object type is also accepted
                }
                String[] gone = top ? REMOVED.get().getOrDefault(where, Map.of()).get(a.name()) : null;
                if (gone != null) {
                    out.add(Diagnostic.error("Removed argument", "The argument \"" + a.name() + "\" of " + where + " was removed in version " + gone[0]
                            + " of the AWS provider; use " + gone[1] + ".", a.nameRange()));
                    continue;
                }
                out.add(Diagnostic.error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected in " + where + "."
                        + Text.didYouMean(a.name(), schema.attributes().keySet()), a.nameRange()));
            }
        }
        for (Body.Block nb : b.blocks()) {
            if (top && META_BLOCKS.contains(nb.type())) {
                continue;
            }
            String type = nb.type();
            Body content = nb.body();
            if (type.equals("dynamic") && nb.labels().size() == 1) {
                type = nb.labels().get(0);
                content = nb.body().blocks("content").stream().findFirst().map(Body.Block::body).orElse(new Body(List.of(), List.of(), nb.range()));
            }
            set.add(type);
            ProviderSchema.Nested nested = schema.blocks().get(type);
            if (nested == null) {
                if (schema.hasAttribute(type)) {
                    continue; // the bundled schema lists some nested blocks as attributes
                }
                String[] gone = top ? REMOVED.get().getOrDefault(where, Map.of()).get(type) : null;
                if (gone != null) {
                    out.add(Diagnostic.error("Removed block type", "Blocks of type \"" + type + "\" in " + where + " were removed in version " + gone[0]
                            + " of the AWS provider; use " + gone[1] + ".", nb.typeRange()));
                    continue;
                }
                out.add(Diagnostic.error("Unsupported block type", "Blocks of type \"" + type + "\" are not expected in " + where + "."
                        + Text.didYouMean(type, schema.blocks().keySet()), nb.typeRange()));
                continue;
            }
            body(content, nested.block(), where + "." + type, nb.typeRange(), false, out);
        }
        for (Map.Entry<String, Boolean> a : schema.attributes().entrySet()) {
            if (a.getValue() && !set.contains(a.getKey())) {
                out.add(Diagnostic.error("Missing required argument", "The argument \"" + a.getKey() + "\" is required in " + where
                        + ", but no definition was found.", at));
            }
        }
        for (Map.Entry<String, ProviderSchema.Nested> nb : schema.blocks().entrySet()) {
            if (nb.getValue().required() && !set.contains(nb.getKey())) {
                out.add(Diagnostic.error("Missing required block", "At least one \"" + nb.getKey() + "\" block is required in " + where + ".", at));
            }
        }
    }
}
