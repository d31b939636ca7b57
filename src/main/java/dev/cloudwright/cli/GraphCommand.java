package dev.cloudwright.cli;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.core.InputException;
import dev.cloudwright.core.Json;
import dev.cloudwright.core.PathCheck;
import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.render.GraphRenderer;
import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.adapt.AwsAdapter;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import dev.cloudwright.terraform.module.Inputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code cloudwright graph DIR|PLAN.json}: evaluates a Terraform configuration (or reads a plan) and
 * prints its resource instances and their dependencies as JSON or Graphviz DOT.
 */
@CommandLine.Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Read a Terraform root module (or the JSON of `terraform show -json PLAN`) and print its resource instances, evaluated"
                + " attributes, regions and dependencies.",
            "Problems go to standard error as FILE:LINE:COLUMN; the exit code is 2 if any is an error, 1 if the result is partial"
                + " (a file over the size limit was skipped)."})
final class GraphCommand implements Callable<Integer> {

    enum Format { JSON, DOT, ARCHITECTURE }

    /** The parsed options. */
    record Options(Path path, Format format, Path output, List<Inputs.Option> inputs, String workspace, boolean quiet, boolean strict) {}

    @CommandLine.Parameters(index = "0", paramLabel = "PATH", description = {"Terraform root module directory, or a plan JSON file.",
        "A .tf or .tf.json file stands for its directory: the whole root module there is read, as Terraform reads it."})
    Path path;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). architecture prints the"
                    + " provider-neutral model the AWS resources map to.")
    Format format;

    @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;


    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Do not print warnings (a partial result is still reported).")
    boolean quiet;

    @CommandLine.Option(names = "--strict", description = "A partial result (a file skipped for its size) is an error: exit code 2 instead of 1.")
    boolean strict;

    @CommandLine.Mixin
    VariableOptions variables = new VariableOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return run(new Options(path, format, output, variables.inputs(), variables.workspace, quiet, strict), System.getenv());
    }

    /** Whether Terraform reads a file of this name as configuration. */
    static boolean isConfigFile(String name) {
        return (name.endsWith(".tf") || name.endsWith(".tf.json")) && !name.startsWith(".");
    }

    /**
     * The path to read: a plan JSON file or a directory as given; for a configuration file, its
     * directory (with a note). A directory without configuration files is an error, worded as
     * Terraform words it.
     */
    static Path rootModule(Path given, PrintWriter err, boolean quiet) {
        Path path = given;
        if (Files.isRegularFile(path) && path.getFileName() != null && isConfigFile(path.getFileName().toString())) {
            path = given.getParent() == null ? Path.of(".") : given.getParent();
            if (!quiet) {
                err.println("cloudwright: note: " + given + " is a configuration file; reading the root module in its directory " + path);
                err.flush();
            }
        }
        if (!Files.isDirectory(path)) {
            return path;
        }
        List<String> withConfig = new ArrayList<>();
        try (var entries = Files.list(path)) {
            for (Path p : (Iterable<Path>) entries.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (isConfigFile(name) && !Files.isDirectory(p)) {
                    return path;
                }
                if (Files.isDirectory(p) && !name.startsWith(".") && hasConfig(p)) {
                    withConfig.add(name);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputException(new SourcePosition(path.toString(), 0, 0), "cannot read directory: " + e.getMessage());
        }
        String hint = withConfig.isEmpty() ? "" : "; these subdirectories have some: "
                + String.join(", ", withConfig.subList(0, Math.min(5, withConfig.size()))) + (withConfig.size() > 5 ? ", ..." : "");
        throw new InputException(new SourcePosition("cloudwright", 0, 0), "No configuration files in " + path
                + " (a root module is a directory with .tf or .tf.json files" + hint + ")");
    }

    private static boolean hasConfig(Path dir) {
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(p -> isConfigFile(p.getFileName().toString()) && !Files.isDirectory(p));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    int run(Options o, Map<String, String> env) {
        PathCheck.require(o.path());
        PrintWriter err = spec.commandLine().getErr();
        Path path = rootModule(o.path(), err, o.quiet());
        // Progress only for a person at a terminal; pipes and CI get nothing but diagnostics.
        boolean progress = !o.quiet() && Terminal.isTerminal();
        long start = System.nanoTime();
        if (progress) {
            err.println("cloudwright: reading " + path + " ...");
            err.flush();
        }
        ResourceGraph g = TerraformProject.read(path, path.toString().replace('\\', '/'),
                new ConfigEvaluator.Options(o.inputs(), env, o.workspace()));
        if (progress) {
            long data = g.nodes().stream().filter(n -> n.instance().isData()).count();
            err.printf(java.util.Locale.ROOT, "cloudwright: %s and %s, %s, %s (%.1f s)%n",
                    Fmt.plural(g.nodes().size() - data, "resource instance"), Fmt.plural(data, "data source"),
                    Fmt.plural(g.edges().size(), "dependency", "dependencies"), Fmt.plural(g.diagnostics().size(), "problem"),
                    (System.nanoTime() - start) / 1e9);
            err.flush();
        }
        int code = Diagnostics.report(g.diagnostics(), err, o.quiet(), o.strict());
        String text = switch (o.format()) {
            case DOT -> GraphRenderer.dot(g.view());
            case ARCHITECTURE -> {
                String name = path.toAbsolutePath().normalize().getFileName() == null ? "terraform"
                        : path.toAbsolutePath().normalize().getFileName().toString();
                AwsAdapter.Adapted a = AwsAdapter.adapt(g, name);
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("architecture", a.architecture());
                doc.put("resources", a.resources());
                doc.put("supporting_resources", a.supporting());
                doc.put("unmodelled_resources", a.unmodelled());
                yield Json.pretty(doc);
            }
            default -> GraphRenderer.json(g.view());
        };
        if (o.output() == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                Path parent = o.output().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(o.output(), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new InputException(new SourcePosition(o.output().toString(), 0, 0), "cannot write output: " + e.getMessage());
            }
        }
        return code;
    }
}
