package dev.cloudwright.cli;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.core.InputException;
import dev.cloudwright.core.Json;
import dev.cloudwright.core.PathCheck;
import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.design.Design;
import dev.cloudwright.design.Designer;
import dev.cloudwright.render.MarkdownRenderer;
import dev.cloudwright.requirements.Requirements;
import dev.cloudwright.requirements.RequirementsParser;
import dev.cloudwright.terraform.write.AwsTerraformWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code cloudwright design FILE [-o DIR]}: requirements in, design document and data out. */
@CommandLine.Command(name = "design", mixinStandardHelpOptions = true,
        description = {"Design an architecture from a requirements file.",
            "Without --output, prints DESIGN.md (or --format json) to standard output."})
final class DesignCommand implements Callable<Integer> {

    enum Format { MARKDOWN, JSON }

    /** The parsed options. */
    record Options(Path requirements, Path output, Format format, boolean quiet) {}

    @CommandLine.Parameters(index = "0", paramLabel = "FILE", description = "Requirements file (YAML).")
    Path file;

    @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write DESIGN.md and design.json into DIR (created if needed).")
    Path output;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "Standard-output format when no --output is given: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Print nothing on success when writing files.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return run(new Options(file, output, format, quiet));
    }

    /** The Terraform of a design (AWS). */
    static java.util.List<AwsTerraformWriter.File> terraform(Design design) {
        var req = design.requirements();
        var dr = design.disasterRecovery();
        String primary = design.architecture().regions().get(0).region();
        java.util.List<AwsTerraformWriter.Step> failover = dr.recoveryRegion() == null ? java.util.List.of() : dr.chosen().steps().stream()
                .map(s -> new AwsTerraformWriter.Step(s.action(), s.command(primary, dr.recoveryRegion(), "{failover_targets}"), s.automated()))
                .toList();
        return AwsTerraformWriter.write(design.architecture(), new AwsTerraformWriter.Project(design.name(),
                req.environment().name().toLowerCase(java.util.Locale.ROOT), "platform", "unassigned", failover));
    }

    int run(Options o) {
        PathCheck.require(o.requirements());
        Requirements req = RequirementsParser.parseFile(o.requirements());
        Design design = new Designer().design(req);
        String markdown = MarkdownRenderer.render(design);
        String json = Json.pretty(design);
        if (o.output() == null) {
            spec.commandLine().getOut().print(o.format() == Format.JSON ? json : markdown);
            spec.commandLine().getOut().flush();
            return ExitCode.OK.code();
        }
        try {
            Files.createDirectories(o.output());
            Files.writeString(o.output().resolve("DESIGN.md"), markdown, StandardCharsets.UTF_8);
            Files.writeString(o.output().resolve("design.json"), json, StandardCharsets.UTF_8);
            for (AwsTerraformWriter.File f : terraform(design)) {
                Path target = o.output().resolve(f.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new InputException(new SourcePosition(o.output().toString(), 0, 0), "cannot write output: " + e.getMessage());
        }
        if (!o.quiet()) {
            var err = spec.commandLine().getErr();
            err.println("Wrote " + o.output().resolve("DESIGN.md") + ", " + o.output().resolve("design.json") + " and " + o.output().resolve("terraform")
                    + "/");
            err.println(String.format(java.util.Locale.ROOT, "  %s: %s, %s disaster recovery%s, %s a month%s", design.name(),
                    design.compute().chosen().style().name().toLowerCase(java.util.Locale.ROOT),
                    design.disasterRecovery().strategy().title().toLowerCase(java.util.Locale.ROOT),
                    design.disasterRecovery().met() ? "" : " (targets not met)", Fmt.usd(design.cost().monthlyUsd()),
                    design.escalations().isEmpty() ? "" : ", " + Fmt.plural(design.escalations().size(), "escalation")));
            err.flush();
        }
        return ExitCode.OK.code();
    }
}
