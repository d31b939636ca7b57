package dev.cloudwright.terraform.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cloudwright.terraform.config.ConfigTree;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.hcl.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Test helper: writes a configuration's files into a directory and evaluates it. */
final class Tf {
    private final Path dir;
    private final Map<String, String> files = new LinkedHashMap<>();
    private final List<Inputs.Option> options = new ArrayList<>();
    private final Map<String, String> env = new LinkedHashMap<>();
    private String workspace = "default";

    Tf(Path dir) {
        this.dir = dir;
    }

    /** Adds a file (path relative to the root module, may be in a subdirectory). */
    Tf file(String path, String text) {
        files.put(path, text);
        return this;
    }

    Tf var(String assignment) {
        options.add(new Inputs.Option.Var(assignment));
        return this;
    }

    Tf varFile(String path) {
        options.add(new Inputs.Option.VarFile(dir.resolve(path).toString()));
        return this;
    }

    Tf env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Tf workspace(String w) {
        workspace = w;
        return this;
    }

    ConfigEvaluator.Result evaluate() {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ConfigEvaluator.evaluate(ConfigTree.load(dir, "."), new ConfigEvaluator.Options(options, env, workspace));
    }

    /** Evaluates and fails on any error diagnostic. */
    ConfigEvaluator.Result clean() {
        ConfigEvaluator.Result r = evaluate();
        List<String> errors = errors(r);
        if (!errors.isEmpty()) {
            fail("unexpected errors:\n" + String.join("\n", errors));
        }
        return r;
    }

    static List<String> errors(ConfigEvaluator.Result r) {
        return r.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).map(Diagnostic::format).collect(Collectors.toList());
    }

    static List<String> warnings(ConfigEvaluator.Result r) {
        return r.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).map(Diagnostic::format).collect(Collectors.toList());
    }

    static List<String> addresses(ConfigEvaluator.Result r) {
        return r.resources().stream().map(ResourceInstance::address).collect(Collectors.toList());
    }

    static ResourceInstance instance(ConfigEvaluator.Result r, String address) {
        return r.resources().stream().filter(i -> i.address().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no instance " + address + " in " + addresses(r)));
    }

    /** An argument's value of an instance. */
    static Value attr(ConfigEvaluator.Result r, String address, String name) {
        EvaluatedBody.Attr a = instance(r, address).body().attribute(name);
        if (a == null) {
            throw new AssertionError(address + " has no argument " + name);
        }
        return a.value();
    }

    static void assertStr(String want, Value v) {
        assertEquals(Value.str(want), v);
    }

    static void assertStr(String want, Value v, String message) {
        assertEquals(Value.str(want), v, message);
    }
}
