package dev.cloudwright.terraform.module;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.terraform.config.ConfigTree;
import dev.cloudwright.terraform.config.ModuleConfig;
import dev.cloudwright.terraform.config.ProviderSchema;
import dev.cloudwright.terraform.eval.Convert;
import dev.cloudwright.terraform.eval.EvalError;
import dev.cloudwright.terraform.eval.Evaluator;
import dev.cloudwright.terraform.eval.Scope;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.hcl.Body;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.hcl.Expr;
import dev.cloudwright.terraform.hcl.Parser;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.hcl.Traverser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Evaluates a loaded configuration the way {@code terraform plan} would before contacting any provider:
 * root variables from their sources, locals, module calls with their inputs, {@code count} and
 * {@code for_each} expansion of resources, data sources and modules, {@code dynamic} blocks, provider
 * configurations and outputs. Whatever Terraform would only learn from a provider (computed attributes,
 * data sources) is {@link Value.Unknown}. Every problem becomes a diagnostic; evaluation carries on.
 *
 * <p>Evaluation is lazy and memoised: each variable, local, output, resource and module call is a node
 * evaluated when first referenced, so the order is the dependency order and a reference cycle is seen
 * as a node re-entered while in progress.
 */
public final class ConfigEvaluator {

    /** Instances beyond this count are not expanded one by one (the count is treated as unknown). */
    public static final int MAX_INSTANCES = 10_000;

    /** What the root module is given: variable options, the environment, the workspace name. */
    public record Options(List<Inputs.Option> inputs, Map<String, String> env, String workspace) {
        public static Options defaults() {
            return new Options(List.of(), Map.of(), "default");
        }
    }

    /** A module call that could not be followed (not installed, missing, a cycle). */
    public record Unresolved(String address, String source, String reason) {}

    /** The evaluated configuration. */
    public record Result(
            List<ResourceInstance> resources,
            List<String> modules,
            Map<String, Value> outputs,
            List<Unresolved> unresolved,
            List<Diagnostic> diagnostics) {

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        }
    }

    private final Path rootDir;
    private final Options options;
    private final List<Diagnostic> diags = new ArrayList<>();
    /** Each evaluation diagnostic once (by its text), with the module instances it was raised in. */
    private final Map<String, Integer> reported = new HashMap<>();
    private final Map<Integer, Set<String>> raisedIn = new HashMap<>();
    private final Deque<Node> stack = new ArrayDeque<>();
    /** The module instances whose expressions are being evaluated, innermost first. */
    private final Deque<Mod> scopes = new ArrayDeque<>();
    private final Deque<Set<Object>> collectors = new ArrayDeque<>();
    private final List<Mod> modules = new ArrayList<>();
    private final List<Unresolved> unresolved = new ArrayList<>();
    private final Map<Path, Expr> templates = new HashMap<>();

    private ConfigEvaluator(Path rootDir, Options options) {
        this.rootDir = rootDir.toAbsolutePath().normalize();
        this.options = options;
    }

    public static Result evaluate(ConfigTree.Loaded tree, Options options) {
        ConfigEvaluator ev = new ConfigEvaluator(tree.root().config().dir(), options);
        ev.diags.addAll(tree.diagnostics());
        Map<String, Inputs.Supplied> supplied = Inputs.collect(tree.root().config(), options.inputs(), options.env(), ev.diags);
        Mod root = ev.new Mod("", tree.root(), null, null, InstanceKey.NONE, null, supplied, List.of());
        ev.forceAll(root);
        Map<String, Value> outputs = new TreeMap<>();
        for (Map.Entry<String, Node> o : root.outputs.entrySet()) {
            outputs.put(o.getKey(), o.getValue().get());
        }
        List<ResourceInstance> instances = ev.instances();
        List<String> mods = new ArrayList<>();
        for (Mod m : ev.modules) {
            if (!m.path.isEmpty()) {
                mods.add(m.path);
            }
        }
        mods.sort(null);
        List<Unresolved> un = new ArrayList<>(ev.unresolved);
        un.sort(Comparator.comparing(Unresolved::address));
        return new Result(instances, mods, outputs, un, ev.diagnostics());
    }

    /**
     * The diagnostics, each raised inside a module saying in which instance: {@code (in module.net["eu"])},
     * or the first of them and how many others.
     */
    private List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>(diags);
        for (Map.Entry<Integer, Set<String>> e : raisedIn.entrySet()) {
            Set<String> in = e.getValue();
            if (in.isEmpty() || in.contains("")) {
                continue;
            }
            Diagnostic d = out.get(e.getKey());
            String first = in.iterator().next();
            String where = " (in " + first + (in.size() > 1 ? " and " + Fmt.plural(in.size() - 1, "other instance") : "") + ")";
            out.set(e.getKey(), new Diagnostic(d.severity(), d.summary() + where, d.detail(), d.subject()));
        }
        return List.copyOf(out);
    }

    /**
     * Runs {@code body} as evaluation in module instance {@code m}: diagnostics raised meanwhile, and
     * errors that leave it, name that instance.
     */
    private <T> T within(Mod m, Supplier<T> body) {
        scopes.push(m);
        try {
            return body.get();
        } catch (EvalError e) {
            throw e.in(m.path);
        } finally {
            scopes.pop();
        }
    }

    // ------------------------------------------------------------------ nodes

    /** A lazily evaluated, memoised value with the dependencies found while evaluating it. */
    private class Node {
        final String id;
        final Range range;
        final Supplier<Value> compute;
        /** Resource nodes stand for themselves as a dependency; other nodes pass theirs on. */
        final Object asDependency;
        int state;
        Value value;
        Set<Object> deps = Set.of();

        Node(String id, Range range, Object asDependency, Supplier<Value> compute) {
            this.id = id;
            this.range = range;
            this.asDependency = asDependency;
            this.compute = compute;
        }

        Value get() {
            if (state == 2) {
                depend();
                return value;
            }
            if (state == 1) {
                List<String> chain = new ArrayList<>();
                boolean in = false;
                List<Node> order = new ArrayList<>(stack);
                java.util.Collections.reverse(order);
                for (Node n : order) {
                    in |= n == this;
                    if (in) {
                        chain.add(n.id);
                    }
                }
                chain.add(id);
                throw new EvalError("Cycle", "Cycle: " + String.join(" → ", chain) + ". Terraform cannot decide which to evaluate first.", range);
            }
            state = 1;
            stack.push(this);
            collectors.push(new LinkedHashSet<>());
            try {
                value = compute.get();
            } catch (EvalError e) {
                report(e);
                value = Value.invalid(e.summary());
            } finally {
                deps = collectors.pop();
                stack.pop();
                state = 2;
            }
            depend();
            return value;
        }

        private void depend() {
            if (collectors.isEmpty()) {
                return;
            }
            if (asDependency == SELF_REPORTED) {
                return;
            }
            if (asDependency != null) {
                collectors.peek().add(asDependency);
            } else {
                collectors.peek().addAll(deps);
            }
        }
    }

    /** The collector of the argument being evaluated, and the resources its own expression names (not through locals or outputs). */
    private Set<Object> argumentCollector;
    private Set<ResDep> directRefs;

    /** The value of an expression that is only partly there: the parser reported its syntax error. */
    private static final Value SYNTAX_ERROR = Value.invalid("the expression has a syntax error");

    /** Marks nodes whose references record their own, more precise, dependency. */
    private static final Object SELF_REPORTED = new Object();

    /** A dependency on a resource (all its instances, or the one with {@code key}). */
    private record ResDep(Res res, InstanceKey key) {}

    /** A dependency on everything a module call creates ({@code depends_on = [module.x]}). */
    private record CallDep(Call call) {}

    private void report(EvalError e) {
        add(Diagnostic.error(e.summary(), e.getMessage(), e.range()), e.module());
    }

    private void warn(String summary, String detail, Range r) {
        add(new Diagnostic(Diagnostic.Severity.WARNING, summary, detail, r), null);
    }

    /** Adds a diagnostic once; {@code module} is where it was raised (null: the module being evaluated). */
    private void add(Diagnostic d, String module) {
        String in = module != null ? module : scopes.isEmpty() ? "" : scopes.peek().path;
        Integer at = reported.get(d.format());
        if (at == null) {
            at = diags.size();
            diags.add(d);
            reported.put(d.format(), at);
        }
        raisedIn.computeIfAbsent(at, k -> new LinkedHashSet<>()).add(in);
    }

    private void error(String summary, String detail, Range r) {
        report(new EvalError(summary, detail, r));
    }

    // ------------------------------------------------------------------ module instances

    /** The {@code count.index} / {@code each} values of one instance, or null outside repetition. */
    private record Repetition(Value countIndex, Value eachKey, Value eachValue) {
        static Repetition of(InstanceKey key, Value eachValue) {
            if (key instanceof InstanceKey.Index i) {
                return new Repetition(Value.num(i.index()), null, null);
            }
            if (key instanceof InstanceKey.Key k) {
                return new Repetition(null, Value.str(k.key()), eachValue);
            }
            return null;
        }
    }

    /** One instance of a module: its nodes and how names resolve in it. */
    private final class Mod {
        final String path;
        final ConfigTree.Node tree;
        final ModuleConfig cfg;
        final Mod parent;
        final Call call;
        final InstanceKey key;
        final Repetition callRepetition;
        final List<Object> inheritedDeps;
        final String pathModule;
        final Map<String, Node> vars = new TreeMap<>();
        final Map<String, Node> locals = new TreeMap<>();
        final Map<String, Node> outputs = new TreeMap<>();
        final Map<String, Res> resources = new LinkedHashMap<>();
        final Map<String, Call> calls = new TreeMap<>();
        final Map<String, ProviderBinding> providerBindings = new HashMap<>();

        Mod(String path, ConfigTree.Node tree, Mod parent, Call call, InstanceKey key, Repetition callRepetition, Map<String, Inputs.Supplied> supplied,
                List<Object> inheritedDeps) {
            this.path = path;
            this.tree = tree;
            this.cfg = tree.config();
            this.parent = parent;
            this.call = call;
            this.key = key;
            this.callRepetition = callRepetition;
            this.inheritedDeps = inheritedDeps;
            Path rel = rootDir.relativize(cfg.dir().toAbsolutePath().normalize());
            this.pathModule = rel.toString().isEmpty() ? "." : rel.toString().replace('\\', '/');
            modules.add(this);
            String prefix = path.isEmpty() ? "" : path + ".";
            for (ModuleConfig.Variable v : cfg.variables().values()) {
                vars.put(v.name(), new Node(prefix + "var." + v.name(), v.range(), null, () -> within(this, () -> variable(v, supplied))));
            }
            for (ModuleConfig.Local l : cfg.locals().values()) {
                locals.put(l.name(), new Node(prefix + "local." + l.name(), l.range(), null, () -> eval(l.expr(), null)));
            }
            for (ModuleConfig.Output o : cfg.outputs().values()) {
                outputs.put(o.name(), new Node(prefix + "output." + o.name(), o.range(), null, () -> eval(o.value(), null)));
            }
            for (ModuleConfig.Resource r : cfg.resources()) {
                resources.put(r.address(), new Res(this, r));
            }
            for (ConfigTree.Child c : tree.children().values()) {
                calls.put(c.call().name(), new Call(this, c));
            }
        }

        String prefix() {
            return path.isEmpty() ? "" : path + ".";
        }

        Evaluator evaluator(Repetition rep) {
            return new Evaluator(new Names(this, rep), rootDir, ConfigEvaluator.this::renderTemplate);
        }

        Value eval(Expr e, Repetition rep) {
            if (broken(e)) {
                return SYNTAX_ERROR;
            }
            return within(this, () -> evaluator(rep).eval(e));
        }

        /**
         * Whether {@code e} is only part of an expression, the rest lost to a syntax error the parser
         * reported: it is then not evaluated, so that what is left of it raises no second error.
         */
        boolean broken(Expr e) {
            return cfg.incomplete() && Expr.hasSyntaxError(e);
        }

        /** A variable's value: from the caller (or the root's sources), else its default; converted and validated. */
        private Value variable(ModuleConfig.Variable v, Map<String, Inputs.Supplied> supplied) {
            Value given = null;
            Range at = v.range();
            if (parent == null) {
                Inputs.Supplied s = supplied.get(v.name());
                if (s != null) {
                    given = s.value();
                    at = s.range();
                }
            } else {
                Body.Attribute a = call.child.call().inputs().get(v.name());
                if (a != null) {
                    given = parent.eval(a.expr(), callRepetition);
                    at = a.expr().range();
                }
            }
            if (given == null || (given.isNull() && !v.nullable())) {
                if (v.defaultExpr() != null) {
                    given = constant(v.defaultExpr());
                    at = v.defaultExpr().range();
                } else if (given == null) {
                    if (parent == null) {
                        warn("No value for required variable", "The root variable \"" + v.name() + "\" has no default and no value was given"
                                + " (terraform.tfvars, *.auto.tfvars, --var-file, --var or TF_VAR_" + v.name() + "); it is treated as not known.",
                                v.range());
                        return Value.unknown("no value given for variable " + v.name());
                    }
                    if (parent.cfg.incomplete()) {
                        // The argument may be in the part of the calling module that could not be read.
                        return Value.invalid("no value given for variable " + v.name() + "; the calling module was not read in full");
                    }
                    error("Missing required argument", "The argument \"" + v.name() + "\" is required by module " + call.child.call().name()
                            + ", but no definition was found.", call.child.call().range());
                    return Value.unknown("no value given for variable " + v.name());
                }
            }
            Value converted;
            try {
                converted = Convert.to(given, v.type(), this::constant);
            } catch (Convert.ConversionError e) {
                if (given.hasInvalid()) {
                    // Part of the value is an expression that failed and said so; its type says nothing more.
                    return Value.invalid("the value for variable " + v.name() + " has an error");
                }
                error("Invalid value for input variable", "The given value is not suitable for var." + v.name() + ": " + e.getMessage() + ".", at);
                return Value.invalid("the value for variable " + v.name() + " is not suitable");
            }
            for (ModuleConfig.Check c : v.validations()) {
                validate(v, converted, c, at);
            }
            return converted;
        }

        private void validate(ModuleConfig.Variable v, Value value, ModuleConfig.Check c, Range at) {
            Scope own = t -> t.rootName().equals("var") && t.traversal().size() > 1 && t.traversal().get(1) instanceof Traverser.Attr a
                    && a.name().equals(v.name()) ? new Scope.Resolved(value, 2) : new Names(this, null).resolve(t);
            Evaluator ev = new Evaluator(own, rootDir, ConfigEvaluator.this::renderTemplate);
            Value ok;
            if (broken(c.condition())) {
                return;
            }
            try {
                ok = ev.eval(c.condition());
            } catch (EvalError e) {
                report(e.in(path));
                return;
            }
            if (!ok.isKnown() || !(ok instanceof Value.Bool b)) {
                return;
            }
            if (!b.value()) {
                String msg = "The value does not pass the variable's validation rule.";
                if (c.errorMessage() != null) {
                    try {
                        Value m = ev.eval(c.errorMessage());
                        if (m instanceof Value.Str s) {
                            msg = s.value();
                        }
                    } catch (EvalError e) {
                        // keep the generic message
                    }
                }
                error("Invalid value for variable", msg + " (var." + v.name() + ", validation rule at " + c.range().file() + ":" + c.range().start().line()
                        + ")", at);
            }
        }

        Value constant(Expr e) {
            if (broken(e)) {
                return SYNTAX_ERROR;
            }
            return new Evaluator(t -> {
                throw new EvalError("Variables not allowed", "Variables may not be used here.", t.range());
            }, rootDir, ConfigEvaluator.this::renderTemplate).eval(e);
        }

        /** The provider configuration for a local name and alias, following module inheritance. */
        ProviderBinding provider(String local, String alias, Range at) {
            return within(this, () -> providerIn(local, alias, at));
        }

        private ProviderBinding providerIn(String local, String alias, Range at) {
            String k = alias == null ? local : local + "." + alias;
            ProviderBinding b = providerBindings.get(k);
            if (b != null) {
                return b;
            }
            ModuleConfig.Provider own = null;
            for (ModuleConfig.Provider p : cfg.providers()) {
                if (p.localName().equals(local) && java.util.Objects.equals(p.alias(), alias)) {
                    own = p;
                }
            }
            if (own != null) {
                ModuleConfig.Provider p = own;
                EvaluatedBody body = evalBody(p.body(), this, null, Map.of(), null, prefix() + "provider." + k, Set.of("alias"));
                b = new ProviderBinding(prefix() + "provider[\"" + providerSource(local) + "\"]" + (alias == null ? "" : "." + alias), local, alias, path,
                        body);
            } else if (parent != null && call.child.call().providers().containsKey(k)) {
                ModuleConfig.ProviderRef to = call.child.call().providers().get(k);
                b = parent.provider(to.localName(), to.alias(), to.range());
            } else if (parent != null && alias == null) {
                b = parent.provider(local, null, at);
            } else {
                if (alias != null) {
                    error("Provider configuration not present", "There is no configuration for provider " + k + " in "
                            + (path.isEmpty() ? "the root module" : path) + ". Add a provider \"" + local + "\" block with alias = \"" + alias
                            + "\", or pass it in the module call's providers argument.", at);
                }
                b = new ProviderBinding("provider[\"" + providerSource(local) + "\"]" + (alias == null ? "" : "." + alias), local, alias, "", null);
            }
            providerBindings.put(k, b);
            return b;
        }

        String providerSource(String local) {
            for (Mod m = this; m != null; m = m.parent) {
                String s = m.cfg.requiredProviders().get(local);
                if (s != null) {
                    return s.chars().filter(c -> c == '/').count() == 1 ? "registry.terraform.io/" + s : s;
                }
            }
            return "registry.terraform.io/hashicorp/" + local;
        }
    }

    /** A resource or data source block in one module instance, and its instances once expanded. */
    private final class Res {
        final Mod mod;
        final ModuleConfig.Resource cfg;
        final Node node;
        final Map<InstanceKey, Value> byKey = new TreeMap<>();
        final List<ResourceInstance> instances = new ArrayList<>();
        Set<Object> keyDeps = Set.of();
        final Map<InstanceKey, Set<String>> keyOrigins = new HashMap<>();

        Res(Mod mod, ModuleConfig.Resource cfg) {
            this.mod = mod;
            this.cfg = cfg;
            this.node = new Node(mod.prefix() + cfg.address(), cfg.typeRange(), SELF_REPORTED, () -> within(mod, this::expand));
        }

        String address(InstanceKey k) {
            return mod.prefix() + cfg.address() + k.suffix();
        }

        /** Whether a reference with this key (null: none written) names exactly one existing instance. */
        boolean singleInstance(InstanceKey key) {
            return key != null ? byKey.containsKey(key) : byKey.size() == 1 && byKey.containsKey(InstanceKey.NONE);
        }

        private Value expand() {
            collectors.push(new LinkedHashSet<>());
            Map<InstanceKey, Value> keys;
            try {
                keys = instanceKeys(mod, cfg.count(), cfg.forEach(), cfg.address());
            } finally {
                keyDeps = collectors.pop();
                collectors.peek().addAll(keyDeps);
            }
            // As for arguments: when each.value carries the origin of its computed parts, that is the precise
            // dependency of that instance; otherwise what evaluating for_each used.
            for (Map.Entry<InstanceKey, Value> e : keys.entrySet()) {
                Set<String> origins = new TreeSet<>();
                if (e.getValue() != null) {
                    for (Value.Unknown u : e.getValue().unknowns()) {
                        if (u.origin() != null) {
                            origins.add(u.origin());
                        }
                    }
                }
                if (!origins.isEmpty()) {
                    keyOrigins.put(e.getKey(), origins);
                }
            }
            ProviderBinding provider = cfg.provider() != null ? mod.provider(cfg.provider().localName(), cfg.provider().alias(), cfg.provider().range())
                    : mod.provider(ProviderSchema.providerOf(cfg.type()), null, cfg.typeRange());
            ProviderSchema.Block schema = (cfg.mode() == ModuleConfig.Mode.DATA ? ProviderSchema.dataSource(cfg.type())
                    : ProviderSchema.resource(cfg.type())).orElse(null);
            for (Map.Entry<InstanceKey, Value> e : keys.entrySet()) {
                InstanceKey k = e.getKey();
                Repetition rep = k instanceof InstanceKey.Unknown ? unknownRepetition(cfg.count() != null) : Repetition.of(k, e.getValue());
                String address = address(k);
                EvaluatedBody body = evalBody(cfg.body(), mod, rep, Map.of(), schema, address, Set.of());
                // Other expressions see the instance with its null arguments left out, as Terraform does ("null is
                // the same as omitting the argument"): the attribute is then whatever the provider makes of an unset
                // one (Unknown, known after apply), not a known null. The body itself keeps what was written.
                Value v = DataSources.value(cfg, withoutNulls(body), schema, address, withoutNulls(provider));
                byKey.put(k, v);
                instances.add(new ResourceInstance(address, mod.path, cfg.mode(), cfg.type(), cfg.name(), k, provider, body, v, cfg.range(), List.of()));
            }
            return aggregate(cfg.count() != null, cfg.forEach() != null, byKey, cfg.address());
        }
    }

    /**
     * The body with every argument whose value is null left out, in nested blocks too: Terraform treats an
     * argument set to null exactly as one not set.
     */
    private static EvaluatedBody withoutNulls(EvaluatedBody body) {
        Map<String, EvaluatedBody.Attr> attrs = new TreeMap<>();
        for (Map.Entry<String, EvaluatedBody.Attr> a : body.attributes().entrySet()) {
            if (!a.getValue().value().isNull()) {
                attrs.put(a.getKey(), a.getValue());
            }
        }
        List<EvaluatedBody.Block> blocks = new ArrayList<>();
        for (EvaluatedBody.Block b : body.blocks()) {
            blocks.add(new EvaluatedBody.Block(b.type(), b.labels(), withoutNulls(b.body()), b.range(), b.representative()));
        }
        return new EvaluatedBody(attrs, blocks, body.range());
    }

    /** The provider configuration with its null arguments left out (a null {@code region} is an unset one). */
    private static ProviderBinding withoutNulls(ProviderBinding p) {
        return p == null || p.config() == null ? p : new ProviderBinding(p.address(), p.localName(), p.alias(), p.modulePath(), withoutNulls(p.config()));
    }

    private static Repetition unknownRepetition(boolean count) {
        Value u = Value.unknown("the instances are not known offline");
        return count ? new Repetition(u, null, null) : new Repetition(null, u, u);
    }

    /** The value a reference to a whole resource or module call sees: an object, a tuple (count) or a map (for_each). */
    private static Value aggregate(boolean count, boolean forEach, Map<InstanceKey, Value> byKey, String what) {
        if (byKey.containsKey(InstanceKey.UNKNOWN)) {
            return Value.unknown("the instances of " + what + " are not known offline");
        }
        if (count) {
            return Value.tuple(new ArrayList<>(byKey.values()));
        }
        if (forEach) {
            Map<String, Value> m = new TreeMap<>();
            for (Map.Entry<InstanceKey, Value> e : byKey.entrySet()) {
                m.put(((InstanceKey.Key) e.getKey()).key(), e.getValue());
            }
            return Value.object(m);
        }
        Value v = byKey.get(InstanceKey.NONE);
        return v == null ? Value.NULL : v;
    }

    /** A module call in one module instance, and the module instances it creates. */
    private final class Call {
        final Mod parent;
        final ConfigTree.Child child;
        /** Creates the module instances; its value is not used. */
        final Node node;
        /** The whole {@code module.x} value: every output of every instance. */
        final Node whole;
        final Map<InstanceKey, Mod> instances = new TreeMap<>();
        final Map<InstanceKey, Value> missing = new TreeMap<>();

        Call(Mod parent, ConfigTree.Child child) {
            this.parent = parent;
            this.child = child;
            this.node = new Node(parent.prefix() + "module." + child.call().name(), child.call().range(), null, () -> within(parent, this::expand));
            this.whole = new Node(parent.prefix() + "module." + child.call().name() + " (outputs)", child.call().range(), null,
                    () -> within(parent, this::outputs));
        }

        private Value outputs() {
            node.get();
            Map<InstanceKey, Value> values = new TreeMap<>(missing);
            for (Map.Entry<InstanceKey, Mod> e : instances.entrySet()) {
                values.put(e.getKey(), moduleObject(e.getValue()));
            }
            ModuleConfig.ModuleCall c = child.call();
            return aggregate(c.count() != null, c.forEach() != null, values, "module." + c.name());
        }

        private Value expand() {
            ModuleConfig.ModuleCall c = child.call();
            Map<InstanceKey, Value> keys = instanceKeys(parent, c.count(), c.forEach(), "module." + c.name());
            List<Object> deps = new ArrayList<>(parent.inheritedDeps);
            Names names = new Names(parent, null);
            for (Expr d : c.dependsOn()) {
                deps.addAll(names.dependsOn((Expr.ScopeTraversal) d));
            }
            for (Map.Entry<InstanceKey, Value> e : keys.entrySet()) {
                InstanceKey k = e.getKey();
                String path = parent.prefix() + "module." + c.name() + k.suffix();
                if (child.node() == null) {
                    unresolved.add(new Unresolved(path, c.source() == null ? "" : c.source(), child.unresolved()));
                    missing.put(k, Value.unknown("module " + path + " is not loaded: " + child.unresolved()));
                    continue;
                }
                Repetition rep = k instanceof InstanceKey.Unknown ? unknownRepetition(c.count() != null) : Repetition.of(k, e.getValue());
                Mod m = new Mod(path, child.node(), parent, this, k, rep, Map.of(), deps);
                instances.put(k, m);
                for (String input : c.inputs().keySet()) {
                    if (!m.cfg.variables().containsKey(input) && !m.cfg.incomplete()) {
                        error("Unsupported argument", "An argument named \"" + input + "\" is not expected here: module " + c.name()
                                + " declares no variable of that name.", c.inputs().get(input).nameRange());
                    }
                }
            }
            return Value.NULL;
        }

        private Value moduleObject(Mod m) {
            Map<String, Value> outs = new TreeMap<>();
            for (Map.Entry<String, Node> o : m.outputs.entrySet()) {
                outs.put(o.getKey(), o.getValue().get());
            }
            return Value.object(outs);
        }
    }

    /**
     * The instance keys of a resource or module call from its {@code count} or {@code for_each},
     * each with its {@code each.value}.
     */
    private Map<InstanceKey, Value> instanceKeys(Mod mod, Expr count, Expr forEach, String what) {
        Map<InstanceKey, Value> keys = new TreeMap<>();
        if (count != null) {
            Value c = mod.eval(count, null);
            if (!c.isKnown()) {
                if (c.hasInvalid()) {
                    // The count's expression failed, and said so: one representative instance, no second message.
                    keys.put(InstanceKey.UNKNOWN, null);
                    return keys;
                }
                warn("Count not known offline", what + ": the count depends on a value not known offline (" + ((Value.Unknown) c).reason()
                        + "); one representative instance is analysed.", count.range());
                keys.put(InstanceKey.UNKNOWN, null);
                return keys;
            }
            if (c.isNull()) {
                error("Invalid count argument", "The given \"count\" argument value is null. An integer is required.", count.range());
                return keys;
            }
            BigDecimal n;
            try {
                n = Convert.toNumber(c);
            } catch (Convert.ConversionError e) {
                error("Invalid count argument", "The given \"count\" argument value is unsuitable: " + e.getMessage() + ".", count.range());
                return keys;
            }
            int i;
            try {
                i = n.intValueExact();
            } catch (ArithmeticException e) {
                error("Invalid count argument", "The given \"count\" argument value is unsuitable: a whole number is required.", count.range());
                return keys;
            }
            if (i < 0) {
                error("Invalid count argument", "The given \"count\" argument value is unsuitable: must be greater than or equal to zero.",
                        count.range());
                return keys;
            }
            if (i > MAX_INSTANCES) {
                warn("Count too large", what + ": count = " + i + " is more than " + MAX_INSTANCES + " instances; one representative instance is analysed.",
                        count.range());
                keys.put(InstanceKey.UNKNOWN, null);
                return keys;
            }
            for (int k = 0; k < i; k++) {
                keys.put(new InstanceKey.Index(k), null);
            }
            return keys;
        }
        if (forEach != null) {
            Value f = mod.eval(forEach, null);
            if (!f.isKnown() || f instanceof Value.Seq s && !s.isWhollyKnown() && s.items().stream().anyMatch(x -> !x.isKnown())) {
                if (f.hasInvalid()) {
                    keys.put(InstanceKey.UNKNOWN, Value.invalid("each.value of a for_each that failed"));
                    return keys;
                }
                warn("for_each not known offline", what + ": the for_each keys depend on a value not known offline ("
                        + (f instanceof Value.Unknown u ? u.reason() : "an element of the set") + "); one representative instance is analysed.",
                        forEach.range());
                keys.put(InstanceKey.UNKNOWN, Value.unknown("each.value is not known offline"));
                return keys;
            }
            if (f.isNull()) {
                error("Invalid for_each argument", "The given \"for_each\" argument value is null. A map, or set of strings is allowed.",
                        forEach.range());
                return keys;
            }
            if (f instanceof Value.Obj o) {
                if (o.attrs().size() > MAX_INSTANCES) {
                    warn("for_each too large", what + ": more than " + MAX_INSTANCES + " instances; one representative instance is analysed.", forEach.range());
                    keys.put(InstanceKey.UNKNOWN, Value.unknown("each.value is not known offline"));
                    return keys;
                }
                for (Map.Entry<String, Value> e : o.attrs().entrySet()) {
                    keys.put(new InstanceKey.Key(e.getKey()), e.getValue());
                }
                return keys;
            }
            if (f instanceof Value.Seq s && s.kind() == Value.SeqKind.SET) {
                for (Value item : s.items()) {
                    if (!(item instanceof Value.Str str)) {
                        error("Invalid for_each set argument", "The given \"for_each\" argument value is unsuitable: \"for_each\" supports sets of strings,"
                                + " but you have provided a set containing type " + item.typeName() + ".", forEach.range());
                        return new TreeMap<>();
                    }
                    keys.put(new InstanceKey.Key(str.value()), str);
                }
                return keys;
            }
            error("Invalid for_each argument", "The given \"for_each\" argument value is unsuitable: the \"for_each\" argument must be a map, or set of"
                    + " strings, and you have provided a value of type " + f.typeName() + ".", forEach.range());
            return keys;
        }
        keys.put(InstanceKey.NONE, null);
        return keys;
    }

    // ------------------------------------------------------------------ bodies

    /**
     * Evaluates a block body: arguments (errors become diagnostics and Unknown values), nested blocks,
     * and {@code dynamic} blocks expanded with their iterator bound in {@code names}.
     */
    private EvaluatedBody evalBody(Body body, Mod mod, Repetition rep, Map<String, Value> names, ProviderSchema.Block schema, String where,
            Set<String> skip) {
        Evaluator ev = mod.evaluator(rep);
        Map<String, EvaluatedBody.Attr> attrs = new TreeMap<>();
        for (Body.Attribute a : body.attributes()) {
            if (skip.contains(a.name())) {
                continue;
            }
            Value v;
            Set<Object> own = new LinkedHashSet<>();
            collectors.push(own);
            Set<Object> refs;
            Set<Object> outerCollector = argumentCollector;
            Set<ResDep> outerDirect = directRefs;
            argumentCollector = own;
            directRefs = new LinkedHashSet<>();
            Set<ResDep> direct = directRefs;
            try {
                v = mod.broken(a.expr()) ? SYNTAX_ERROR : ev.eval(a.expr(), names);
            } catch (EvalError e) {
                report(e.in(mod.path));
                v = Value.invalid(e.summary());
            } finally {
                argumentCollector = outerCollector;
                directRefs = outerDirect;
                refs = collectors.pop();
                if (!collectors.isEmpty()) {
                    collectors.peek().addAll(refs);
                }
            }
            // Computed values remember the resource they come from: that is the precise reference (a module
            // output holding many resources is only a coarse one). Otherwise the dependencies found while evaluating.
            Set<String> addrs = new TreeSet<>();
            for (Value.Unknown u : v.unknowns()) {
                if (u.origin() != null) {
                    addrs.add(u.origin());
                }
            }
            if (addrs.isEmpty()) {
                for (Object d : refs) {
                    if (d instanceof ResDep) {
                        addresses(d, addrs);
                    }
                }
            }
            // A managed resource instance named in the argument itself is a reference, as in Terraform, even when the
            // part it gives is known and another part of the value is not ("service/${local.cluster}/${aws_ecs_service.x.name}").
            for (ResDep d : direct) {
                if (d.res().cfg.mode() == ModuleConfig.Mode.MANAGED && d.res().singleInstance(d.key())) {
                    addresses(d, addrs);
                }
            }
            addrs.remove(where);
            attrs.put(a.name(), new EvaluatedBody.Attr(a.name(), v, a.range(), List.copyOf(addrs)));
        }
        List<EvaluatedBody.Block> blocks = new ArrayList<>();
        for (Body.Block b : body.blocks()) {
            if (b.type().equals("dynamic") && b.labels().size() == 1) {
                dynamic(b, mod, rep, names, schema, where, ev, blocks);
                continue;
            }
            ProviderSchema.Nested nested = schema == null ? null : schema.blocks().get(b.type());
            blocks.add(new EvaluatedBody.Block(b.type(), b.labels(), evalBody(b.body(), mod, rep, names, nested == null ? null : nested.block(), where,
                    Set.of()), b.range(), false));
        }
        return new EvaluatedBody(attrs, blocks, body.range());
    }

    private void dynamic(Body.Block b, Mod mod, Repetition rep, Map<String, Value> names, ProviderSchema.Block schema, String where, Evaluator ev,
            List<EvaluatedBody.Block> out) {
        String type = b.labels().get(0);
        ProviderSchema.Nested nested = schema == null ? null : schema.blocks().get(type);
        ProviderSchema.Block inner = nested == null ? null : nested.block();
        Body content = b.body().blocks("content").stream().findFirst().map(Body.Block::body).orElse(null);
        if (content == null) {
            error("Missing content block", "A dynamic block must have a nested block of type \"content\" to describe the body of each generated block.",
                    b.typeRange());
            return;
        }
        String iterator = type;
        var it = b.body().attribute("iterator");
        if (it.isPresent()) {
            if (it.get().expr() instanceof Expr.ScopeTraversal t && t.traversal().size() == 1) {
                iterator = t.rootName();
            } else {
                error("Invalid dynamic iterator name", "The iterator name must be a single identifier.", it.get().expr().range());
                return;
            }
        }
        var fe = b.body().attribute("for_each");
        if (fe.isEmpty()) {
            error("Missing required argument", "The argument \"for_each\" is required, but no definition was found.", b.typeRange());
            return;
        }
        Value coll;
        try {
            coll = mod.broken(fe.get().expr()) ? SYNTAX_ERROR : ev.eval(fe.get().expr(), names);
        } catch (EvalError e) {
            report(e.in(mod.path));
            return;
        }
        List<Value[]> items = new ArrayList<>();
        if (!coll.isKnown() || coll instanceof Value.Seq s0 && s0.kind() == Value.SeqKind.SET && !s0.isWhollyKnown()) {
            Value u = Value.unknown("the repetitions of dynamic \"" + type + "\" are not known offline");
            Map<String, Value> n = new LinkedHashMap<>(names);
            n.put(iterator, Value.object(Map.of("key", u, "value", u)));
            out.add(new EvaluatedBody.Block(type, List.of(), evalBody(content, mod, rep, n, inner, where, Set.of()), b.range(), true));
            return;
        }
        if (coll.isNull()) {
            error("Invalid dynamic for_each value", "Cannot use a null value in for_each.", fe.get().expr().range());
            return;
        }
        if (coll instanceof Value.Seq s) {
            for (int i = 0; i < s.items().size(); i++) {
                items.add(new Value[] {s.kind() == Value.SeqKind.SET ? s.items().get(i) : Value.num(i), s.items().get(i)});
            }
        } else if (coll instanceof Value.Obj o) {
            for (Map.Entry<String, Value> e : o.attrs().entrySet()) {
                items.add(new Value[] {Value.str(e.getKey()), e.getValue()});
            }
        } else {
            error("Invalid dynamic for_each value", "Cannot use a " + coll.typeName() + " value in for_each. An iterable collection is required.",
                    fe.get().expr().range());
            return;
        }
        var labelsAttr = b.body().attribute("labels");
        for (Value[] kv : items) {
            Map<String, Value> n = new LinkedHashMap<>(names);
            n.put(iterator, Value.object(Map.of("key", kv[0], "value", kv[1])));
            List<String> labels = new ArrayList<>();
            if (labelsAttr.isPresent()) {
                try {
                    Value l = ev.eval(labelsAttr.get().expr(), n);
                    if (l instanceof Value.Seq ls) {
                        for (Value x : ls.items()) {
                            labels.add(x.isWhollyKnown() ? Convert.toStringValue(x) : "?");
                        }
                    }
                } catch (EvalError | Convert.ConversionError e) {
                    error("Invalid dynamic block labels", e.getMessage(), labelsAttr.get().expr().range());
                }
            }
            out.add(new EvaluatedBody.Block(type, labels, evalBody(content, mod, rep, n, inner, where, Set.of()), b.range(), false));
        }
    }

    // ------------------------------------------------------------------ names

    /** How references resolve in one module instance (and one repetition of a resource or call). */
    private final class Names implements Scope {
        private final Mod mod;
        private final Repetition rep;

        Names(Mod mod, Repetition rep) {
            this.mod = mod;
            this.rep = rep;
        }

        @Override
        public Resolved resolve(Expr.ScopeTraversal t) {
            List<Traverser> steps = t.traversal();
            String root = t.rootName();
            switch (root) {
                case "var", "local" -> {
                    String name = attrName(steps, 1, t, root);
                    Node n = (root.equals("var") ? mod.vars : mod.locals).get(name);
                    if (n == null) {
                        return undeclared(mod.cfg, new EvalError(root.equals("var") ? "Reference to undeclared input variable"
                                : "Reference to undeclared local value", (root.equals("var") ? "An input variable" : "A local value") + " with the name \""
                                + name + "\" has not been declared." + suggestion(name, (root.equals("var") ? mod.vars : mod.locals).keySet()), t.range()),
                                steps);
                    }
                    return new Resolved(n.get(), 2);
                }
                case "module" -> {
                    return module(t, steps);
                }
                case "data", "ephemeral" -> {
                    String type = attrName(steps, 1, t, root);
                    String name = attrName(steps, 2, t, root + "." + type);
                    return resource(t, root + "." + type + "." + name, 3);
                }
                case "count" -> {
                    String a = attrName(steps, 1, t, "count");
                    if (!a.equals("index")) {
                        throw new EvalError("Invalid \"count\" attribute", "The \"count\" object does not have an attribute named \"" + a
                                + "\". The only supported attribute is count.index, which is the index of each instance of a resource block that has the"
                                + " \"count\" argument set.", t.range());
                    }
                    if (rep == null || rep.countIndex() == null) {
                        throw new EvalError("Reference to \"count\" in non-counted context", "The \"count\" object can only be used in \"module\","
                                + " \"resource\", and \"data\" blocks, and only when the \"count\" argument is set.", t.range());
                    }
                    return new Resolved(rep.countIndex(), 2);
                }
                case "each" -> {
                    String a = attrName(steps, 1, t, "each");
                    if (rep == null || rep.eachKey() == null) {
                        throw new EvalError("each.value cannot be used in this context", "A reference to \"each." + a + "\" has been used in a context in"
                                + " which it is unavailable, such as when the configuration no longer contains the value in its \"for_each\" expression.",
                                t.range());
                    }
                    return switch (a) {
                        case "key" -> new Resolved(rep.eachKey(), 2);
                        case "value" -> new Resolved(rep.eachValue(), 2);
                        default -> throw new EvalError("Invalid \"each\" attribute", "The \"each\" object does not have an attribute named \"" + a
                                + "\". The supported attributes are each.key and each.value.", t.range());
                    };
                }
                case "path" -> {
                    String a = attrName(steps, 1, t, "path");
                    return switch (a) {
                        case "module" -> new Resolved(Value.str(mod.pathModule), 2);
                        case "root" -> new Resolved(Value.str("."), 2);
                        case "cwd" -> new Resolved(Value.str(rootDir.toString()), 2);
                        default -> throw new EvalError("Invalid \"path\" attribute", "The \"path\" object does not have an attribute named \"" + a
                                + "\". The supported attributes are path.cwd, path.module, and path.root.", t.range());
                    };
                }
                case "terraform" -> {
                    String a = attrName(steps, 1, t, "terraform");
                    if (a.equals("workspace")) {
                        return new Resolved(Value.str(options.workspace()), 2);
                    }
                    if (a.equals("applying")) {
                        return new Resolved(Value.FALSE, 2);
                    }
                    throw new EvalError("Invalid \"terraform\" attribute", "The \"terraform\" object does not have an attribute named \"" + a
                            + "\". The only supported attribute is terraform.workspace.", t.range());
                }
                case "self" -> {
                    return new Resolved(Value.unknown("self is the object being created"), 1);
                }
                default -> {
                    String name = attrName(steps, 1, t, root);
                    return resource(t, root + "." + name, 2);
                }
            }
        }

        private Resolved resource(Expr.ScopeTraversal t, String address, int used) {
            Res r = mod.resources.get(address);
            if (r == null) {
                String kind = address.startsWith("data.") ? "data resource" : "resource";
                return undeclared(mod.cfg, new EvalError("Reference to undeclared " + kind, "A " + (address.startsWith("data.") ? "data resource" : "managed resource") + " \""
                        + address.substring(0, address.lastIndexOf('.')).replaceFirst("^data\\.", "") + "\" \"" + address.substring(address.lastIndexOf('.') + 1)
                        + "\" has not been declared in " + (mod.path.isEmpty() ? "the root module" : mod.path) + "." + suggestion(address,
                                mod.resources.keySet()), t.range()), t.traversal());
            }
            Value v = r.node.get();
            InstanceKey key = null;
            List<Traverser> steps = t.traversal();
            int consumed = used;
            if (steps.size() > used && steps.get(used) instanceof Traverser.IndexStep ix) {
                key = ix.key() instanceof String s ? new InstanceKey.Key(s) : keyOf((BigDecimal) ix.key());
            }
            if (!collectors.isEmpty()) {
                collectors.peek().add(new ResDep(r, key));
                if (collectors.peek() == argumentCollector) {
                    directRefs.add(new ResDep(r, key));
                }
            }
            return new Resolved(v, consumed);
        }

        private Resolved module(Expr.ScopeTraversal t, List<Traverser> steps) {
            String name = attrName(steps, 1, t, "module");
            Call c = mod.calls.get(name);
            if (c == null) {
                return undeclared(mod.cfg, new EvalError("Reference to undeclared module", "No module call named \"" + name + "\" is declared in "
                        + (mod.path.isEmpty() ? "the root module" : mod.path) + "." + suggestion(name, mod.calls.keySet()), t.range()), steps);
            }
            ModuleConfig.ModuleCall call = c.child.call();
            boolean expandedCall = call.count() != null || call.forEach() != null;
            int next = 2;
            InstanceKey key = InstanceKey.NONE;
            if (expandedCall && steps.size() > 2 && steps.get(2) instanceof Traverser.IndexStep ix) {
                key = ix.key() instanceof String s ? new InstanceKey.Key(s) : keyOf((BigDecimal) ix.key());
                next = 3;
            }
            c.node.get();
            if ((!expandedCall || next == 3) && steps.size() > next && steps.get(next) instanceof Traverser.Attr out) {
                Mod m = c.instances.get(key);
                if (m == null) {
                    return new Resolved(c.whole.get(), 2);
                }
                Node o = m.outputs.get(out.name());
                if (o == null) {
                    return undeclared(m.cfg, new EvalError("Unsupported attribute", "This object does not have an attribute named \"" + out.name()
                            + "\": module " + m.path + " declares no output of that name." + suggestion(out.name(), m.outputs.keySet()), out.range()),
                            steps);
                }
                return new Resolved(o.get(), next + 1);
            }
            return new Resolved(c.whole.get(), 2);
        }

        /**
         * A reference to a name that {@code cfg} does not declare: an error, unless the module was read
         * only in part (a file with errors, or not read), where the declaration may be in what is missing:
         * then the value is invalid, without a second message.
         */
        private Resolved undeclared(ModuleConfig cfg, EvalError e, List<Traverser> steps) {
            if (cfg.incomplete()) {
                return new Resolved(Value.invalid(e.summary() + "; the module was not read in full"), steps.size());
            }
            throw e;
        }

        /** The dependencies named by one {@code depends_on} entry. */
        List<Object> dependsOn(Expr.ScopeTraversal t) {
            List<Traverser> steps = t.traversal();
            try {
                if (t.rootName().equals("module")) {
                    Call c = mod.calls.get(attrName(steps, 1, t, "module"));
                    if (c == null) {
                        throw new EvalError("Reference to undeclared module", "No module call named \"" + attrName(steps, 1, t, "module")
                                + "\" is declared.", t.range());
                    }
                    return List.of(new CallDep(c));
                }
                String address = t.rootName().equals("data") ? "data." + attrName(steps, 1, t, "data") + "." + attrName(steps, 2, t, "data")
                        : t.rootName() + "." + attrName(steps, 1, t, t.rootName());
                Res r = mod.resources.get(address);
                if (r == null) {
                    throw new EvalError("Reference to undeclared resource", "depends_on refers to " + address + ", which is not declared in "
                            + (mod.path.isEmpty() ? "the root module" : mod.path) + ".", t.range());
                }
                return List.of(new ResDep(r, null));
            } catch (EvalError e) {
                report(e.in(mod.path));
                return List.of();
            }
        }

        private String attrName(List<Traverser> steps, int i, Expr.ScopeTraversal t, String after) {
            if (steps.size() <= i || !(steps.get(i) instanceof Traverser.Attr a)) {
                throw new EvalError("Invalid reference", "A reference to \"" + after + "\" must be followed by a name, like " + after + ".example.", t.range());
            }
            return a.name();
        }
    }

    private static InstanceKey keyOf(BigDecimal n) {
        try {
            return new InstanceKey.Index(n.intValueExact());
        } catch (ArithmeticException e) {
            return InstanceKey.UNKNOWN;
        }
    }

    private static String suggestion(String name, Set<String> known) {
        return dev.cloudwright.core.Text.nearest(name, known).map(k -> " Did you mean \"" + k + "\"?").orElse("");
    }

    // ------------------------------------------------------------------ templates

    private Value renderTemplate(Path file, Value vars, Range at) {
        Expr tpl = templates.get(file);
        if (tpl == null) {
            String text;
            try {
                if (Files.size(file) > 10L * 1024 * 1024) {
                    throw new EvalError("Error in function call", "Call to function \"templatefile\" failed: the template file is larger than 10 MB.", at);
                }
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new EvalError("Error in function call", "Call to function \"templatefile\" failed: no file exists at \"" + rootDir.relativize(file)
                        + "\".", at);
            }
            List<Diagnostic> d = new ArrayList<>();
            String display = rootDir.relativize(file).toString().replace('\\', '/');
            tpl = Parser.parseTemplate(display, text, d);
            if (!d.isEmpty()) {
                throw new EvalError("Error in function call", "Call to function \"templatefile\" failed: " + d.get(0).format() + ".", at);
            }
            templates.put(file, tpl);
        }
        if (!(vars instanceof Value.Obj o)) {
            throw new EvalError("Error in function call", "Call to function \"templatefile\" failed: the variables argument must be a map or object.", at);
        }
        Scope none = t -> {
            throw new EvalError("Invalid template reference", "The template refers to \"" + t.rootName() + "\", which is not among the variables given"
                    + " to templatefile.", t.range());
        };
        Value v = new Evaluator(none, rootDir, this::renderTemplate).eval(tpl, o.attrs());
        if (v instanceof Value.Unknown) {
            return v;
        }
        return Value.str(Convert.toStringValue(v));
    }

    // ------------------------------------------------------------------ results

    private void forceAll(Mod m) {
        for (Node n : m.vars.values()) {
            n.get();
        }
        for (Node n : m.locals.values()) {
            n.get();
        }
        for (Res r : m.resources.values()) {
            r.node.get();
        }
        for (Call c : m.calls.values()) {
            c.node.get();
            for (Mod child : c.instances.values()) {
                forceAll(child);
            }
        }
        for (Node n : m.outputs.values()) {
            n.get();
        }
        for (ModuleConfig.Provider p : m.cfg.providers()) {
            m.provider(p.localName(), p.alias(), p.range());
        }
    }

    private List<ResourceInstance> instances() {
        List<ResourceInstance> out = new ArrayList<>();
        for (Mod m : modules) {
            for (Res r : m.resources.values()) {
                // What the instance refers to: each argument's references (precise where values carry their
                // origin), what count/for_each used, depends_on, and the depends_on of enclosing module calls.
                Set<Object> deps = new LinkedHashSet<>(m.inheritedDeps);
                Names names = new Names(m, null);
                for (Expr d : r.cfg.dependsOn()) {
                    deps.addAll(names.dependsOn((Expr.ScopeTraversal) d));
                }
                for (ResourceInstance i : r.instances) {
                    Set<String> addrs = new TreeSet<>();
                    for (Object d : deps) {
                        addresses(d, addrs);
                    }
                    references(i.body(), addrs);
                    Set<String> precise = r.keyOrigins.get(i.key());
                    if (precise != null) {
                        addrs.addAll(precise);
                    } else {
                        for (Object d : r.keyDeps) {
                            addresses(d, addrs);
                        }
                    }
                    addrs.remove(i.address());
                    out.add(new ResourceInstance(i.address(), i.modulePath(), i.mode(), i.type(), i.name(), i.key(), i.provider(), i.body(), i.value(),
                            i.range(), List.copyOf(addrs)));
                }
            }
        }
        out.sort(Comparator.comparing(ResourceInstance::modulePath).thenComparing(ResourceInstance::mode).thenComparing(ResourceInstance::type)
                .thenComparing(ResourceInstance::name).thenComparing(ResourceInstance::key));
        return out;
    }

    private static void references(EvaluatedBody b, Set<String> out) {
        for (EvaluatedBody.Attr a : b.attributes().values()) {
            out.addAll(a.references());
        }
        for (EvaluatedBody.Block nb : b.blocks()) {
            references(nb.body(), out);
        }
    }

    private void addresses(Object dep, Set<String> out) {
        if (dep instanceof String address) {
            out.add(address);
        } else if (dep instanceof ResDep d) {
            if (d.key() != null && d.res().byKey.containsKey(d.key())) {
                out.add(d.res().address(d.key()));
                return;
            }
            for (InstanceKey k : d.res().byKey.keySet()) {
                out.add(d.res().address(k));
            }
        } else if (dep instanceof CallDep c) {
            for (Mod m : c.call().instances.values()) {
                allIn(m, out);
            }
        }
    }

    private void allIn(Mod m, Set<String> out) {
        for (Res r : m.resources.values()) {
            for (InstanceKey k : r.byKey.keySet()) {
                out.add(r.address(k));
            }
        }
        for (Call c : m.calls.values()) {
            for (Mod child : c.instances.values()) {
                allIn(child, out);
            }
        }
    }
}
