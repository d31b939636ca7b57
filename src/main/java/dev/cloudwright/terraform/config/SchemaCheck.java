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

    private SchemaCheck() {}

    /** Every module of a loaded tree (each module directory once). */
    public static List<Diagnostic> check(ConfigTree.Node root) {
        List<Diagnostic> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        walk(root, out, seen);
        return out;
    }

    private static void walk(ConfigTree.Node n, List<Diagnostic> out, Set<String> seen) {
        if (!seen.add(n.config().dir().toAbsolutePath().normalize().toString())) {
            return;
        }
        out.addAll(check(n.config()));
        for (ConfigTree.Child c : n.children().values()) {
            if (c.node() != null) {
                walk(c.node(), out, seen);
            }
        }
    }

    public static List<Diagnostic> check(ModuleConfig m) {
        List<Diagnostic> out = new ArrayList<>();
        for (ModuleConfig.Resource r : m.resources()) {
            if (!ProviderSchema.covers(r.type()) || r.mode() == ModuleConfig.Mode.EPHEMERAL) {
                continue;
            }
            boolean data = r.mode() == ModuleConfig.Mode.DATA;
            Optional<ProviderSchema.Block> schema = data ? ProviderSchema.dataSource(r.type()) : ProviderSchema.resource(r.type());
            if (schema.isEmpty()) {
                out.add(Diagnostic.error("Invalid " + (data ? "data source" : "resource type"), "The provider does not support "
                        + (data ? "data source" : "resource type") + " \"" + r.type() + "\"." + Text.didYouMean(r.type(),
                                ProviderSchema.typesLike(r.type(), data)), r.typeRange()));
                continue;
            }
            body(r.body(), schema.get(), r.type(), r.typeRange(), true, out);
        }
        return out;
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
