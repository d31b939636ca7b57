package dev.cloudwright.terraform.module;

import dev.cloudwright.core.JsonParser;
import dev.cloudwright.core.PathCheck;
import dev.cloudwright.terraform.config.ConfigLoader;
import dev.cloudwright.terraform.config.ModuleConfig;
import dev.cloudwright.terraform.eval.EvalError;
import dev.cloudwright.terraform.eval.Evaluator;
import dev.cloudwright.terraform.eval.Scope;
import dev.cloudwright.terraform.eval.Type;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.hcl.Body;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.hcl.Expr;
import dev.cloudwright.terraform.hcl.HclFile;
import dev.cloudwright.terraform.hcl.Parser;
import dev.cloudwright.terraform.hcl.Pos;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.source.SourceFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Values for the root module's variables, gathered as Terraform does, later sources winning:
 * {@code TF_VAR_name} environment variables, {@code terraform.tfvars}, {@code terraform.tfvars.json},
 * {@code *.auto.tfvars} and {@code *.auto.tfvars.json} in name order, then {@code --var-file} and
 * {@code --var} in the order given.
 */
public final class Inputs {

    /** A value given for a root variable, with where it came from. */
    public record Supplied(Value value, Range range) {}

    /** A {@code --var-file} or {@code --var} option, in command-line order. */
    public sealed interface Option {
        record VarFile(String path) implements Option {}

        record Var(String assignment) implements Option {}
    }

    private static final Scope NO_REFERENCES = t -> {
        throw new EvalError("Variables not allowed", "Variables may not be used here: variable values must be constants.", t.range());
    };

    private Inputs() {}

    public static Map<String, Supplied> collect(ModuleConfig root, List<Option> options, Map<String, String> env, List<Diagnostic> diags) {
        Map<String, Supplied> out = new TreeMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            if (e.getKey().startsWith("TF_VAR_")) {
                String name = e.getKey().substring(7);
                ModuleConfig.Variable v = root.variables().get(name);
                if (v != null) {
                    Range r = point("environment variable " + e.getKey());
                    raw(v, e.getValue(), r, diags).ifPresent(val -> out.put(name, new Supplied(val, r)));
                }
            }
        }
        List<Path> auto = new ArrayList<>();
        Path dir = root.dir();
        for (String n : new String[] {"terraform.tfvars", "terraform.tfvars.json"}) {
            if (Files.isRegularFile(dir.resolve(n))) {
                auto.add(dir.resolve(n));
            } else {
                String link = PathCheck.brokenLink(dir.resolve(n), shown(root, n));
                if (link != null) {
                    // Terraform passes over a terraform.tfvars it cannot stat; say so rather than say nothing.
                    diags.add(ConfigLoader.fileProblem(shown(root, n), "Variables file not read", link + "; its values are not used", true));
                }
            }
        }
        List<Path> autoVars = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                // A broken link among them is read too, and fails with its reason, as in Terraform.
                if ((n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json")) && !Files.isDirectory(p)) {
                    autoVars.add(p);
                }
            }
        } catch (IOException e) {
            // The module loader already reported an unreadable directory.
        }
        autoVars.sort(null);
        auto.addAll(autoVars);
        for (Path p : auto) {
            file(root, p, shown(root, p.getFileName().toString()), out, diags);
        }
        for (Option o : options) {
            if (o instanceof Option.VarFile f) {
                Path p = Path.of(f.path());
                if (!Files.isRegularFile(p)) {
                    String link = PathCheck.brokenLink(p, f.path());
                    if (link != null) {
                        diags.add(ConfigLoader.fileProblem(f.path(), "Failed to read variables file", link, false));
                    } else {
                        diags.add(Diagnostic.error("Failed to read variables file", "Given variables file " + f.path()
                                + (Files.exists(p) ? " is not a file." : " does not exist."), point("--var-file")));
                    }
                    continue;
                }
                file(root, p, f.path(), out, diags);
            } else {
                String a = ((Option.Var) o).assignment();
                int eq = a.indexOf('=');
                Range r = point("--var " + a);
                if (eq <= 0) {
                    diags.add(Diagnostic.error("Invalid --var option", "The given --var option \"" + a
                            + "\" is not correctly specified. It must be a variable name and value separated by an equals sign, like --var key=value.", r));
                    continue;
                }
                String name = a.substring(0, eq);
                ModuleConfig.Variable v = root.variables().get(name);
                if (v == null) {
                    diags.add(Diagnostic.error("Value for undeclared variable", "A variable named \"" + name
                            + "\" was assigned on the command line, but the root module does not declare a variable of that name.", r));
                    continue;
                }
                raw(v, a.substring(eq + 1), r, diags).ifPresent(val -> out.put(name, new Supplied(val, r)));
            }
        }
        return out;
    }

    /** How a file of the root module directory is shown in messages. */
    private static String shown(ModuleConfig root, String name) {
        return root.display().equals(".") || root.display().isEmpty() ? name : root.display() + "/" + name;
    }

    /** A value given as a raw string: taken literally for primitive types, parsed as an expression otherwise. */
    private static java.util.Optional<Value> raw(ModuleConfig.Variable v, String text, Range r, List<Diagnostic> diags) {
        if (v.type() instanceof Type.Primitive || v.type() instanceof Type.Any) {
            return java.util.Optional.of(Value.str(text));
        }
        List<Diagnostic> d = new ArrayList<>();
        Expr e = Parser.parseExpression(r.file(), text, d);
        if (!d.isEmpty()) {
            diags.add(Diagnostic.error("Invalid value for variable \"" + v.name() + "\"", d.get(0).summary() + ": " + d.get(0).detail(), r));
            return java.util.Optional.empty();
        }
        return constant(e, diags);
    }

    private static void file(ModuleConfig root, Path p, String display, Map<String, Supplied> out, List<Diagnostic> diags) {
        SourceFiles.Source src = SourceFiles.read(new SourceFiles.Found(p, display, null));
        if (src.problem() != null) {
            diags.add(ConfigLoader.fileProblem(display, "Failed to read variables file", src.problem(), false));
            return;
        }
        if (display.endsWith(".json")) {
            jsonFile(root, display, src.text(), out, diags);
            return;
        }
        HclFile f = Parser.parse(display, src.text());
        diags.addAll(f.diagnostics());
        for (Body.Block b : f.body().blocks()) {
            diags.add(Diagnostic.error("Unexpected block", "Blocks are not allowed in a variables file.", b.typeRange()));
        }
        for (Body.Attribute a : f.body().attributes()) {
            if (!root.variables().containsKey(a.name())) {
                diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "Value for undeclared variable", "The root module does not declare a variable named \""
                        + a.name() + "\" but a value was found in file \"" + display + "\".", a.nameRange()));
                continue;
            }
            constant(a.expr(), diags).ifPresent(v -> out.put(a.name(), new Supplied(v, a.range())));
        }
    }

    private static void jsonFile(ModuleConfig root, String display, String text, Map<String, Supplied> out, List<Diagnostic> diags) {
        JsonParser.Node n;
        try {
            n = JsonParser.parse(text);
        } catch (JsonParser.JsonException e) {
            Pos p = new Pos(e.line(), e.column(), 0, 0);
            diags.add(Diagnostic.error("Invalid JSON", e.getMessage(), new Range(display, p, p)));
            return;
        }
        if (!(n instanceof JsonParser.JObject o)) {
            diags.add(ConfigLoader.fileProblem(display, "Invalid variables file", "The root of a JSON variables file must be an object.", false));
            return;
        }
        for (JsonParser.Member m : o.members()) {
            Pos p = new Pos(m.keyLine(), m.keyColumn(), m.keyStart(), m.keyStart());
            Range r = new Range(display, p, p);
            if (!root.variables().containsKey(m.key())) {
                diags.add(new Diagnostic(Diagnostic.Severity.WARNING, "Value for undeclared variable", "The root module does not declare a variable named \""
                        + m.key() + "\" but a value was found in file \"" + display + "\".", r));
                continue;
            }
            out.put(m.key(), new Supplied(fromJson(m.value()), r));
        }
    }

    /** A JSON value as a Terraform value (strings literal, objects as objects, arrays as tuples). */
    public static Value fromJson(JsonParser.Node n) {
        if (n instanceof JsonParser.JString s) {
            return Value.str(s.value());
        }
        if (n instanceof JsonParser.JNumber num) {
            return Value.num(num.value());
        }
        if (n instanceof JsonParser.JBool b) {
            return Value.bool(b.value());
        }
        if (n instanceof JsonParser.JArray a) {
            List<Value> items = new ArrayList<>();
            for (JsonParser.Node i : a.items()) {
                items.add(fromJson(i));
            }
            return Value.tuple(items);
        }
        if (n instanceof JsonParser.JObject o) {
            Map<String, Value> m = new LinkedHashMap<>();
            for (JsonParser.Member mem : o.members()) {
                m.put(mem.key(), fromJson(mem.value()));
            }
            return Value.object(m);
        }
        return Value.NULL;
    }

    private static java.util.Optional<Value> constant(Expr e, List<Diagnostic> diags) {
        try {
            return java.util.Optional.of(new Evaluator(NO_REFERENCES, Path.of("."), (f, v, at) -> {
                throw new EvalError("Function calls not allowed", "Functions may not be called here.", at);
            }).eval(e));
        } catch (EvalError ex) {
            diags.add(Diagnostic.error(ex.summary(), ex.getMessage(), ex.range()));
            return java.util.Optional.empty();
        }
    }

    static Range point(String where) {
        Pos p = new Pos(1, 1, 0, 0);
        return new Range("<" + where + ">", p, p);
    }
}
