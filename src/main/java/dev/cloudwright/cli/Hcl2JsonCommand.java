package dev.cloudwright.cli;

import dev.cloudwright.terraform.BigStack;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.hcl.Hcl2Json;
import dev.cloudwright.terraform.hcl.HclFile;
import dev.cloudwright.terraform.hcl.Parser;
import dev.cloudwright.terraform.source.SourceFiles;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * {@code cloudwright hcl2json PATH...}: prints each {@code .tf} file as JSON, one line per file, in the
 * form HashiCorp's hcl2json produces.
 */
@CommandLine.Command(name = "hcl2json", mixinStandardHelpOptions = true,
        description = {"Print Terraform files as JSON, one line per .tf file.",
            "Each line is {\"file\": PATH, \"json\": DOCUMENT} or {\"file\": PATH, \"error\": MESSAGE}.",
            "Directories are searched recursively.",
            "Files that cannot be read or parsed get an \"error\" line (and a message on standard error), the others are still"
                + " printed; the exit code is then 2."})
final class Hcl2JsonCommand implements Callable<Integer> {

    @CommandLine.Parameters(arity = "1..*", paramLabel = "PATH", description = ".tf files or directories.")
    List<String> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean anyError = false;
        try (BigStack stack = new BigStack()) {
            List<SourceFiles.Found> found = new ArrayList<>();
            for (String p : paths) {
                // Missing paths and broken links, given or met in a directory, come back with the reason.
                found.addAll(SourceFiles.find(List.of(p), List.of(".tf")));
            }
            for (SourceFiles.Found f : found) {
                SourceFiles.Source s = SourceFiles.read(f);
                StringBuilder line = new StringBuilder("{\"file\":");
                Hcl2Json.quote(line, s.display());
                if (s.problem() != null) {
                    if (s.skipped()) {
                        err.println("cloudwright: warning: " + s.display() + ": " + s.problem());
                    } else {
                        err.println(s.display() + ": error: " + s.problem());
                    }
                    anyError = true;
                    line.append(",\"error\":");
                    Hcl2Json.quote(line, s.problem());
                } else {
                    String result = stack.run(() -> convert(s));
                    if (result.startsWith("!")) {
                        anyError = true;
                        err.println(result.substring(1));
                        line.append(",\"error\":");
                        Hcl2Json.quote(line, result.substring(1));
                    } else {
                        line.append(",\"json\":").append(result);
                    }
                }
                out.println(line.append('}'));
            }
        }
        out.flush();
        // Like every command: bad input (a syntax error, a missing or unreadable path) is exit code 2.
        return anyError ? ExitCode.USAGE.code() : ExitCode.OK.code();
    }

    /** The JSON text, or "!" followed by the error message. */
    static String convert(SourceFiles.Source s) {
        HclFile f = Parser.parse(s.display(), s.text());
        if (f.hasErrors()) {
            return "!" + f.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).map(Diagnostic::format)
                    .collect(Collectors.joining("\n"));
        }
        try {
            return Hcl2Json.toJson(Hcl2Json.convert(f));
        } catch (Hcl2Json.ConversionException e) {
            return "!" + e.getMessage();
        }
    }
}
