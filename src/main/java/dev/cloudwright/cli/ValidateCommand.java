package dev.cloudwright.cli;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.core.InputException;
import dev.cloudwright.core.PathCheck;
import dev.cloudwright.core.Problem;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.RequirementsParser;
import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code cloudwright validate PATH...}: checks requirements files without designing, and Terraform
 * configurations without printing their graph.
 */
@CommandLine.Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check requirements files and Terraform configurations and report every problem with file:line:column.",
            "A directory, or a .tf or .tf.json file (which stands for its directory), is read as a Terraform root module with its"
                + " modules, as graph reads it; other files are requirements files (YAML).",
            "Problems are listed in file, line and column order, each once: what only follows from a problem already reported"
                + " (a value derived from a failed expression, a name declared in a file that could not be read) is not reported again.",
            "The exit code is 2 if any path has an error, 1 if a Terraform result is partial (a file over the size limit was skipped)."})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Parameters(arity = "1..*", paramLabel = "PATH", description = "Requirements files, or Terraform root module directories.")
    List<Path> files;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Do not print Terraform warnings (a partial result is still reported).")
    boolean quiet;

    @CommandLine.Option(names = "--strict", description = "A partial Terraform result (a file skipped for its size) is an error: exit code 2 instead of 1.")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCode.OK.code();
        for (Path f : files) {
            int c;
            try {
                PathCheck.require(f);
                c = isTerraform(f) ? terraform(f, out, err) : requirements(f, out);
            } catch (InputException e) {
                List<Problem> problems = new ArrayList<>(e.problems());
                problems.sort(Problem.ORDER);
                for (Problem p : problems) {
                    err.println(p.format());
                }
                err.flush();
                c = ExitCode.USAGE.code();
            }
            code = Math.max(code, c);
        }
        out.flush();
        return code;
    }

    private static boolean isTerraform(Path f) {
        return Files.isDirectory(f) || f.getFileName() != null && GraphCommand.isConfigFile(f.getFileName().toString());
    }

    private static int requirements(Path f, PrintWriter out) {
        Requirements r = RequirementsParser.parseFile(f);
        out.println(f + ": ok (" + r.name() + ", " + String.join(" + ", r.regions()) + ")");
        return ExitCode.OK.code();
    }

    private int terraform(Path f, PrintWriter out, PrintWriter err) {
        Path root = GraphCommand.rootModule(f, err, quiet);
        ResourceGraph g = TerraformProject.read(root, root.toString().replace('\\', '/'),
                new ConfigEvaluator.Options(List.of(), System.getenv(), "default"));
        int code = Diagnostics.report(g.diagnostics(), err, quiet, strict);
        if (code == ExitCode.OK.code()) {
            long data = g.nodes().stream().filter(n -> n.instance().isData()).count();
            out.println(root + ": ok (Terraform: " + Fmt.plural(g.nodes().size() - data, "resource instance") + ", "
                    + Fmt.plural(data, "data source") + ")");
        }
        return code;
    }
}
