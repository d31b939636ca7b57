package dev.cloudwright.terraform.config;

import dev.cloudwright.terraform.eval.Type;
import dev.cloudwright.terraform.hcl.Body;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.hcl.Expr;
import dev.cloudwright.terraform.hcl.HclFile;
import dev.cloudwright.terraform.hcl.Parser;
import dev.cloudwright.terraform.hcl.Pos;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.hcl.Traverser;
import dev.cloudwright.terraform.source.SourceFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads the Terraform files of one directory (not its subdirectories) into a {@link ModuleConfig}. */
public final class ConfigLoader {

    /** The summary of the warning for a file left out for its size: the configuration is then read only in part. */
    public static final String FILE_SKIPPED = "File skipped";

    private ConfigLoader() {}

    /** Whether {@code d} says a file was left out (so what is read is only part of the configuration). */
    public static boolean skipsFile(Diagnostic d) {
        return d.summary().equals(FILE_SKIPPED);
    }

    /** A diagnostic for a whole file (no position inside it). */
    public static Diagnostic fileProblem(String display, String summary, String detail, boolean warning) {
        Pos p = new Pos(1, 1, 0, 0);
        Range r = new Range(display, p, p);
        return warning ? new Diagnostic(Diagnostic.Severity.WARNING, summary, detail, r) : Diagnostic.error(summary, detail, r);
    }

    /**
     * Loads a module directory. {@code display} is how the directory is shown in messages (relative to
     * what the user gave); file names are shown under it.
     */
    public static ModuleConfig load(Path dir, String display) {
        List<Diagnostic> diags = new ArrayList<>();
        List<Path> primary = new ArrayList<>();
        List<Path> overrides = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (!(n.endsWith(".tf") || n.endsWith(".tf.json")) || n.startsWith(".") || Files.isDirectory(p)) {
                    continue;
                }
                String stem = n.endsWith(".tf") ? n.substring(0, n.length() - 3) : n.substring(0, n.length() - 8);
                (stem.equals("override") || stem.endsWith("_override") ? overrides : primary).add(p);
            }
        } catch (IOException e) {
            diags.add(fileProblem(display, "Cannot read module directory", e.getMessage() == null ? e.toString() : e.getMessage(), false));
        }
        primary.sort(null);
        overrides.sort(null);
        List<HclFile> files = new ArrayList<>();
        List<HclFile> overrideFiles = new ArrayList<>();
        for (Path p : primary) {
            read(p, display, diags).ifPresent(files::add);
        }
        for (Path p : overrides) {
            read(p, display, diags).ifPresent(overrideFiles::add);
        }
        return new Builder(dir, display, diags).build(files, overrideFiles);
    }

    private static Optional<HclFile> read(Path p, String dirDisplay, List<Diagnostic> diags) {
        String name = p.getFileName().toString();
        String display = dirDisplay.isEmpty() || dirDisplay.equals(".") ? name : dirDisplay + "/" + name;
        SourceFiles.Source src = SourceFiles.read(new SourceFiles.Found(p, display, null));
        if (src.problem() != null) {
            diags.add(fileProblem(display, src.skipped() ? FILE_SKIPPED : "Cannot read file", src.problem(), src.skipped()));
            return Optional.empty();
        }
        HclFile f = name.endsWith(".json") ? JsonSyntax.parse(display, src.text()) : Parser.parse(display, src.text());
        diags.addAll(f.diagnostics());
        return Optional.of(f);
    }

    /** Collects declarations, checking for duplicates and misuse of meta-arguments. */
    private static final class Builder {
        private final Path dir;
        private final String display;
        private final List<Diagnostic> diags;
        private final Map<String, ModuleConfig.Variable> variables = new TreeMap<>();
        private final Map<String, ModuleConfig.Local> locals = new TreeMap<>();
        private final Map<String, ModuleConfig.Output> outputs = new TreeMap<>();
        private final Map<String, ModuleConfig.Resource> resources = new LinkedHashMap<>();
        private final Map<String, ModuleConfig.ModuleCall> calls = new TreeMap<>();
        private final List<ModuleConfig.Provider> providers = new ArrayList<>();
        private final Map<String, String> requiredProviders = new TreeMap<>();

        Builder(Path dir, String display, List<Diagnostic> diags) {
            this.dir = dir;
            this.display = display;
            this.diags = diags;
        }

        ModuleConfig build(List<HclFile> files, List<HclFile> overrideFiles) {
            List<Body.Block> blocks = new ArrayList<>();
            for (HclFile f : files) {
                topLevel(f.body(), blocks);
            }
            for (HclFile f : overrideFiles) {
                for (Body.Block o : f.body().blocks()) {
                    applyOverride(blocks, o);
                }
                for (Body.Attribute a : f.body().attributes()) {
                    error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here.", a.nameRange());
                }
            }
            for (Body.Block b : blocks) {
                declare(b);
            }
            List<HclFile> all = new ArrayList<>(files);
            all.addAll(overrideFiles);
            return new ModuleConfig(dir, display, all, variables, locals, outputs, List.copyOf(resources.values()), calls, providers, requiredProviders,
                    diags);
        }

        private void topLevel(Body body, List<Body.Block> out) {
            for (Body.Attribute a : body.attributes()) {
                error("Unsupported argument", "An argument named \"" + a.name() + "\" is not expected here.", a.nameRange());
            }
            out.addAll(body.blocks());
        }

        /** Override files: arguments replace, nested block types replace all blocks of that type. */
        private void applyOverride(List<Body.Block> blocks, Body.Block o) {
            if (o.type().equals("locals") || o.type().equals("terraform")) {
                blocks.add(o);
                return;
            }
            for (int i = 0; i < blocks.size(); i++) {
                Body.Block b = blocks.get(i);
                if (b.type().equals(o.type()) && b.labels().equals(o.labels())) {
                    blocks.set(i, new Body.Block(b.type(), b.labels(), b.labelRanges(), merge(b.body(), o.body()), b.typeRange(), b.range()));
                    return;
                }
            }
            error("Missing base configuration for override", "There is no " + o.type() + " block " + o.labels() + " for this override to apply to.",
                    o.typeRange());
        }

        private static Body merge(Body base, Body over) {
            Map<String, Body.Attribute> attrs = new LinkedHashMap<>();
            for (Body.Attribute a : base.attributes()) {
                attrs.put(a.name(), a);
            }
            for (Body.Attribute a : over.attributes()) {
                attrs.put(a.name(), a);
            }
            List<Body.Block> nested = new ArrayList<>();
            java.util.Set<String> replaced = new java.util.HashSet<>();
            for (Body.Block b : over.blocks()) {
                replaced.add(b.type());
            }
            for (Body.Block b : base.blocks()) {
                if (!replaced.contains(b.type())) {
                    nested.add(b);
                }
            }
            nested.addAll(over.blocks());
            return new Body(List.copyOf(attrs.values()), nested, base.range());
        }

        private void declare(Body.Block b) {
            switch (b.type()) {
                case "variable" -> variable(b);
                case "locals" -> localsBlock(b);
                case "output" -> output(b);
                case "resource" -> resource(b, ModuleConfig.Mode.MANAGED);
                case "data" -> resource(b, ModuleConfig.Mode.DATA);
                case "ephemeral" -> resource(b, ModuleConfig.Mode.EPHEMERAL);
                case "module" -> moduleCall(b);
                case "provider" -> provider(b);
                case "terraform" -> terraform(b);
                case "moved", "import", "removed", "check" -> {
                    // Refactoring and check blocks do not change what is deployed.
                }
                default -> error("Unsupported block type", "Blocks of type \"" + b.type() + "\" are not expected here.", b.typeRange());
            }
        }

        private boolean labels(Body.Block b, int n) {
            if (b.labels().size() != n) {
                error("Missing or extra labels", "A " + b.type() + " block must have " + n + " label" + (n == 1 ? "" : "s") + ", found "
                        + b.labels().size() + ".", b.typeRange());
                return false;
            }
            for (int i = 0; i < n; i++) {
                String l = b.labels().get(i);
                if (!validName(l)) {
                    error("Invalid name", "\"" + l + "\" is not a valid name: a name must start with a letter or underscore and may contain only letters,"
                            + " digits, underscores, and dashes.", b.labelRanges().get(i));
                    return false;
                }
            }
            return true;
        }

        static boolean validName(String s) {
            return dev.cloudwright.terraform.hcl.Identifiers.valid(s);
        }

        private void variable(Body.Block b) {
            if (!labels(b, 1)) {
                return;
            }
            String name = b.labels().get(0);
            if (variables.containsKey(name)) {
                duplicate("variable", name, b, variables.get(name).range());
                return;
            }
            Type type = Type.ANY;
            Optional<Body.Attribute> t = b.body().attribute("type");
            if (t.isPresent()) {
                try {
                    type = Type.parse(t.get().expr());
                } catch (Type.TypeError e) {
                    error("Invalid type specification", e.getMessage(), e.at() == null ? t.get().range() : e.at().range());
                }
            }
            List<ModuleConfig.Check> validations = new ArrayList<>();
            for (Body.Block v : b.body().blocks("validation")) {
                check(v).ifPresent(validations::add);
            }
            boolean sensitive = boolAttr(b.body(), "sensitive", false);
            boolean nullable = boolAttr(b.body(), "nullable", true);
            Expr dflt = b.body().attribute("default").map(Body.Attribute::expr).orElse(null);
            variables.put(name, new ModuleConfig.Variable(name, type, dflt, validations, sensitive, nullable, b.range()));
        }

        private Optional<ModuleConfig.Check> check(Body.Block v) {
            Optional<Body.Attribute> c = v.body().attribute("condition");
            if (c.isEmpty()) {
                error("Missing required argument", "The argument \"condition\" is required, but no definition was found.", v.typeRange());
                return Optional.empty();
            }
            return Optional.of(new ModuleConfig.Check(c.get().expr(), v.body().attribute("error_message").map(Body.Attribute::expr).orElse(null),
                    v.range()));
        }

        private boolean boolAttr(Body body, String name, boolean dflt) {
            Optional<Body.Attribute> a = body.attribute(name);
            if (a.isEmpty()) {
                return dflt;
            }
            if (a.get().expr() instanceof Expr.Literal l && l.value() instanceof Boolean v) {
                return v;
            }
            error("Invalid " + name + " value", "The \"" + name + "\" argument must be true or false.", a.get().expr().range());
            return dflt;
        }

        private void localsBlock(Body.Block b) {
            for (Body.Attribute a : b.body().attributes()) {
                if (locals.containsKey(a.name())) {
                    error("Duplicate local value definition", "A local value named \"" + a.name() + "\" was already defined at "
                            + at(locals.get(a.name()).range()) + ". Local value names must be unique within a module.", a.nameRange());
                    continue;
                }
                locals.put(a.name(), new ModuleConfig.Local(a.name(), a.expr(), a.range()));
            }
            for (Body.Block n : b.body().blocks()) {
                error("Unsupported block type", "Blocks are not allowed in a locals block.", n.typeRange());
            }
        }

        private void output(Body.Block b) {
            if (!labels(b, 1)) {
                return;
            }
            String name = b.labels().get(0);
            if (outputs.containsKey(name)) {
                duplicate("output", name, b, outputs.get(name).range());
                return;
            }
            Optional<Body.Attribute> v = b.body().attribute("value");
            if (v.isEmpty()) {
                error("Missing required argument", "The argument \"value\" is required, but no definition was found.", b.typeRange());
                return;
            }
            outputs.put(name, new ModuleConfig.Output(name, v.get().expr(), boolAttr(b.body(), "sensitive", false), b.range()));
        }

        private void resource(Body.Block b, ModuleConfig.Mode mode) {
            if (!labels(b, 2)) {
                return;
            }
            String type = b.labels().get(0);
            String name = b.labels().get(1);
            String key = (mode == ModuleConfig.Mode.DATA ? "data." : mode == ModuleConfig.Mode.EPHEMERAL ? "ephemeral." : "") + type + "." + name;
            if (resources.containsKey(key)) {
                error("Duplicate " + (mode == ModuleConfig.Mode.DATA ? "data" : "resource") + " \"" + type + "\" configuration", "A "
                        + (mode == ModuleConfig.Mode.DATA ? "data" : "resource") + " \"" + type + "\" named \"" + name + "\" was already declared at "
                        + at(resources.get(key).range()) + ". Resource names must be unique per type in each module.", b.labelRanges().get(1));
                return;
            }
            Body body = b.body();
            Expr count = body.attribute("count").map(Body.Attribute::expr).orElse(null);
            Expr forEach = body.attribute("for_each").map(Body.Attribute::expr).orElse(null);
            if (count != null && forEach != null) {
                error("Invalid combination of \"count\" and \"for_each\"", "The \"count\" and \"for_each\" meta-arguments are mutually-exclusive, only one"
                        + " should be used to be explicit about the number of resources to be created.", forEach.range());
            }
            ModuleConfig.ProviderRef provider = body.attribute("provider").map(a -> providerRef(a.expr())).orElse(null);
            List<Expr> dependsOn = dependsOn(body);
            Body lifecycle = body.blocks("lifecycle").stream().findFirst().map(Body.Block::body).orElse(null);
            List<Body.Attribute> attrs = new ArrayList<>();
            for (Body.Attribute a : body.attributes()) {
                switch (a.name()) {
                    case "count", "for_each", "provider", "depends_on" -> {
                    }
                    default -> attrs.add(a);
                }
            }
            List<Body.Block> nested = new ArrayList<>();
            for (Body.Block n : body.blocks()) {
                switch (n.type()) {
                    case "lifecycle", "provisioner", "connection" -> {
                    }
                    default -> nested.add(n);
                }
            }
            resources.put(key, new ModuleConfig.Resource(mode, type, name, new Body(attrs, nested, body.range()), count, forEach, provider, dependsOn,
                    lifecycle, b.typeRange(), b.range()));
        }

        private List<Expr> dependsOn(Body body) {
            Optional<Body.Attribute> d = body.attribute("depends_on");
            if (d.isEmpty()) {
                return List.of();
            }
            if (d.get().expr() instanceof Expr.Tuple t) {
                List<Expr> out = new ArrayList<>();
                for (Expr e : t.items()) {
                    if (e instanceof Expr.ScopeTraversal) {
                        out.add(e);
                    } else {
                        error("Invalid depends_on reference", "References in depends_on must be to a whole object (a resource, data source or module)"
                                + " without further expressions.", e.range());
                    }
                }
                return out;
            }
            error("Invalid depends_on", "The depends_on argument must be a list of references.", d.get().expr().range());
            return List.of();
        }

        private ModuleConfig.ProviderRef providerRef(Expr e) {
            if (e instanceof Expr.ScopeTraversal t && t.traversal().size() <= 2) {
                String alias = t.traversal().size() == 2 && t.traversal().get(1) instanceof Traverser.Attr a ? a.name() : null;
                if (t.traversal().size() == 1 || alias != null) {
                    return new ModuleConfig.ProviderRef(t.rootName(), alias, t.range());
                }
            }
            error("Invalid provider reference", "A provider configuration reference must be a provider local name with an optional alias, like"
                    + " \"aws\" or \"aws.west\".", e.range());
            return null;
        }

        private void moduleCall(Body.Block b) {
            if (!labels(b, 1)) {
                return;
            }
            String name = b.labels().get(0);
            if (calls.containsKey(name)) {
                duplicate("module", name, b, calls.get(name).range());
                return;
            }
            Body body = b.body();
            Optional<Body.Attribute> src = body.attribute("source");
            String source = null;
            if (src.isEmpty()) {
                error("Missing required argument", "The argument \"source\" is required, but no definition was found.", b.typeRange());
            } else if (src.get().expr() instanceof Expr.Template t && t.isStringLiteral()) {
                source = (String) ((Expr.Literal) t.parts().get(0)).value();
            } else if (src.get().expr() instanceof Expr.Literal l && l.value() instanceof String s) {
                source = s;
            } else {
                error("Variables not allowed", "The module source must be a literal string: variables may not be used here.", src.get().expr().range());
            }
            String version = body.attribute("version")
                    .map(a -> a.expr() instanceof Expr.Template t && t.isStringLiteral() ? (String) ((Expr.Literal) t.parts().get(0)).value()
                            : a.expr() instanceof Expr.Literal l && l.value() instanceof String s ? s : null)
                    .orElse(null);
            Expr count = body.attribute("count").map(Body.Attribute::expr).orElse(null);
            Expr forEach = body.attribute("for_each").map(Body.Attribute::expr).orElse(null);
            if (count != null && forEach != null) {
                error("Invalid combination of \"count\" and \"for_each\"", "The \"count\" and \"for_each\" meta-arguments are mutually-exclusive.",
                        forEach.range());
            }
            Map<String, ModuleConfig.ProviderRef> providerMap = new TreeMap<>();
            body.attribute("providers").ifPresent(a -> {
                if (a.expr() instanceof Expr.ObjectCons o) {
                    for (Expr.Item item : o.items()) {
                        String k = keyText(item.key());
                        ModuleConfig.ProviderRef to = providerRef(item.value());
                        if (k != null && to != null) {
                            providerMap.put(k, to);
                        }
                    }
                } else {
                    error("Invalid providers argument", "The providers argument must be a map of provider references, like { aws = aws.west }.",
                            a.expr().range());
                }
            });
            Map<String, Body.Attribute> inputs = new TreeMap<>();
            for (Body.Attribute a : body.attributes()) {
                switch (a.name()) {
                    case "source", "version", "count", "for_each", "providers", "depends_on" -> {
                    }
                    default -> inputs.put(a.name(), a);
                }
            }
            for (Body.Block n : body.blocks()) {
                error("Unsupported block type", "Blocks of type \"" + n.type() + "\" are not expected in a module call.", n.typeRange());
            }
            calls.put(name, new ModuleConfig.ModuleCall(name, source, version, count, forEach, providerMap, inputs, dependsOn(body),
                    src.map(Body.Attribute::range).orElse(b.typeRange()), b.range()));
        }

        private String keyText(Expr.ObjectKey k) {
            Expr w = k.wrapped();
            if (w instanceof Expr.ScopeTraversal t) {
                StringBuilder sb = new StringBuilder(t.rootName());
                for (int i = 1; i < t.traversal().size(); i++) {
                    if (t.traversal().get(i) instanceof Traverser.Attr a) {
                        sb.append('.').append(a.name());
                    }
                }
                return sb.toString();
            }
            if (w instanceof Expr.Literal l && l.value() instanceof String s) {
                return s;
            }
            if (w instanceof Expr.Template t && t.isStringLiteral()) {
                return (String) ((Expr.Literal) t.parts().get(0)).value();
            }
            error("Invalid provider configuration key", "A provider name is required here, like \"aws\" or \"aws.west\".", k.range());
            return null;
        }

        private void provider(Body.Block b) {
            if (!labels(b, 1)) {
                return;
            }
            String alias = b.body().attribute("alias").map(a -> literalString(a.expr())).orElse(null);
            String local = b.labels().get(0);
            for (ModuleConfig.Provider p : providers) {
                if (p.localName().equals(local) && java.util.Objects.equals(p.alias(), alias)) {
                    error("Duplicate provider configuration", "A " + (alias == null ? "default (non-aliased)" : "\"" + alias + "\"")
                            + " provider configuration for \"" + local + "\" was already given at " + at(p.range()) + ".", b.typeRange());
                    return;
                }
            }
            providers.add(new ModuleConfig.Provider(local, alias, b.body(), b.range()));
        }

        private String literalString(Expr e) {
            if (e instanceof Expr.Template t && t.isStringLiteral()) {
                return (String) ((Expr.Literal) t.parts().get(0)).value();
            }
            if (e instanceof Expr.Literal l && l.value() instanceof String s) {
                return s;
            }
            error("Invalid alias", "The alias must be a literal string.", e.range());
            return null;
        }

        private void terraform(Body.Block b) {
            for (Body.Block rp : b.body().blocks("required_providers")) {
                for (Body.Attribute a : rp.body().attributes()) {
                    String source = null;
                    if (a.expr() instanceof Expr.ObjectCons o) {
                        for (Expr.Item item : o.items()) {
                            if ("source".equals(keyText(item.key())) && (item.value() instanceof Expr.Template || item.value() instanceof Expr.Literal)) {
                                source = literalString(item.value());
                            }
                        }
                    }
                    requiredProviders.put(a.name(), source == null ? "hashicorp/" + a.name() : source);
                }
            }
        }

        private void duplicate(String kind, String name, Body.Block b, Range first) {
            error("Duplicate " + kind + " declaration", "A " + kind + " named \"" + name + "\" was already declared at " + at(first) + ". "
                    + Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " names must be unique within a module.", b.labelRanges().get(0));
        }

        private static String at(Range r) {
            return r.file() + ":" + r.start().line() + "," + r.start().column();
        }

        private void error(String summary, String detail, Range r) {
            diags.add(Diagnostic.error(summary, detail, r));
        }
    }
}
