package dev.cloudwright.cli;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.PathCheck;
import dev.cloudwright.core.Problem;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.RequirementsParser;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code cloudwright validate FILE...}: checks requirements files without designing. */
@CommandLine.Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check requirements files and report every problem with file:line:column.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Parameters(arity = "1..*", paramLabel = "FILE", description = "Requirements files (YAML).")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        int code = ExitCode.OK.code();
        for (Path f : files) {
            try {
                PathCheck.require(f);
                Requirements r = RequirementsParser.parseFile(f);
                spec.commandLine().getOut().println(f + ": ok (" + r.name() + ", " + String.join(" + ", r.regions()) + ")");
            } catch (InputException e) {
                for (Problem p : e.problems()) {
                    spec.commandLine().getErr().println(p.format());
                }
                code = ExitCode.USAGE.code();
            }
        }
        spec.commandLine().getOut().flush();
        return code;
    }
}
