package dev.cloudwright.cli;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.pricing.AwsCostModel;
import dev.cloudwright.pricing.PriceCatalog;
import dev.cloudwright.render.ReviewRenderer;
import dev.cloudwright.render.ReviewReport;
import dev.cloudwright.render.SarifRenderer;
import dev.cloudwright.review.AwsRules;
import dev.cloudwright.review.Baseline;
import dev.cloudwright.review.Compliance;
import dev.cloudwright.review.InlineSuppressions;
import dev.cloudwright.review.ProjectConfig;
import dev.cloudwright.review.Reviewer;
import dev.cloudwright.review.Rule;
import dev.cloudwright.review.RuleMeta;
import dev.cloudwright.review.Severity;
import dev.cloudwright.review.Triage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * {@code cloudwright review PATH}: the Well-Architected review of a Terraform configuration, a plan's JSON or a design:
 * findings on all six pillars with where, the fix and what the fix costs; suppressions, a baseline and the project's
 * settings applied; exit 1 when a finding reaches {@code --fail-on}.
 */
@CommandLine.Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Review a Terraform root module, the JSON of `terraform show -json PLAN`, or a requirements file (its design) against"
                + " the rule catalogue: security, reliability, cost, performance, operations and sustainability, offline.",
            "Values not known offline are not guessed: a rule that needs one reports nothing unless --unknown fail."})
final class ReviewCommand implements Callable<Integer> {

    enum Format { TABLE, JSON, SARIF, JUNIT, MARKDOWN }

    enum Unknown { pass, fail }

    /** The lowest severity that fails the run, or never. */
    enum FailOn { critical, high, medium, low, info, never }

    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Terraform root module directory (or a .tf file in"
            + " it), plan JSON file, or requirements file (.yaml).")
    Path path;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @CommandLine.Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high",
            description = "Exit 1 when a finding is this severe or worse: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @CommandLine.Option(names = "--unknown", paramLabel = "MODE", defaultValue = "pass", description = "What a check whose value is not known"
            + " offline gives: pass (nothing, the default) or fail (a finding).")
    Unknown unknown;

    @CommandLine.Option(names = "--framework", paramLabel = "NAME", description = "Keep the rules supporting a compliance framework's controls and"
            + " summarise each control: passed, failed, not checked, not covered. One of: cis-aws-3.0, pci-dss, hipaa, gdpr, soc2, iso27001.")
    String framework;

    @CommandLine.Option(names = "--baseline", paramLabel = "FILE", description = "Report only findings not in FILE (written by --create-baseline);"
            + " the others are listed as suppressed.")
    Path baseline;

    @CommandLine.Option(names = "--create-baseline", paramLabel = "FILE", description = "Write FILE with every current finding, to adopt the"
            + " review on an existing code base and see only new findings afterwards.")
    Path createBaseline;

    @CommandLine.Option(names = "--config", paramLabel = "FILE", description = "Project settings (skipped rules, severity overrides, excluded"
            + " paths); default: .cloudwright.yaml in the configuration's directory, if there is one.")
    Path config;

    @CommandLine.Option(names = "--list-rules", description = "List the rule catalogue with its metadata (table or json) and exit.")
    boolean listRules;


    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Do not print warnings.")
    boolean quiet;

    @CommandLine.Mixin
    VariableOptions variables = new VariableOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (listRules) {
            write(format == Format.JSON ? ReviewRenderer.rulesJson(AwsRules.ALL) : ReviewRenderer.rulesTable(AwsRules.ALL));
            return ExitCode.OK.code();
        }
        if (path == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'PATH' (or --list-rules)");
        }
        if (framework != null && !Compliance.frameworks().contains(framework)) {
            throw new InputException(new SourcePosition("--framework", 0, 0), "unknown framework '" + framework + "' (expected one of: "
                    + String.join(", ", Compliance.frameworks()) + ")");
        }
        PrintWriter err = spec.commandLine().getErr();
        PriceCatalog.preload(); // the fixes are priced: read the catalog while the configuration is parsed
        ModelReader.Read read = ModelReader.read(path, variables.inputs(), variables.workspace, true, err, quiet);
        Path dir = read.design() ? path.toAbsolutePath().getParent() : Files.isDirectory(read.root()) ? read.root() : read.root().toAbsolutePath().getParent();
        ProjectConfig project = ProjectConfig.read(config != null ? config : dir == null ? null : dir.resolve(ProjectConfig.NAME));
        if (config != null && !Files.isRegularFile(config)) {
            throw new InputException(new SourcePosition(config.toString(), 0, 0), "no such file");
        }
        List<Rule> rules = AwsRules.ALL.stream().filter(r -> !project.skip().contains(r.meta().id())).toList();
        if (framework != null) {
            rules = Compliance.rules(rules, framework);
        }
        Reviewer.Review review = new Reviewer(rules, AwsCostModel.standard()).review(read.arch(), read.schema(), unknown == Unknown.fail);
        String root = ModelReader.display(read.root());
        InlineSuppressions inline = read.design() ? null : new InlineSuppressions(ReviewCommand::lines, LocalDate.now(ZoneOffset.UTC));
        Baseline accepted = baseline == null ? null : readBaseline(baseline);
        Triage triage = Triage.of(review, project, f -> relative(root, f), inline, accepted);
        if (createBaseline != null) {
            Output.toFile(createBaseline, Baseline.write(triage.findings()));
            if (!quiet) {
                err.println("cloudwright: wrote " + createBaseline + " (" + triage.findings().size() + " findings)");
                err.flush();
            }
        }
        Set<String> passed = review.passed().stream().map(RuleMeta::id).collect(Collectors.toCollection(TreeSet::new));
        ReviewReport report = new ReviewReport(ModelReader.display(path), read.design() ? ModelReader.display(path) : null, triage, rules, framework,
                framework == null ? List.of() : Compliance.summary(framework, rules, triage, passed), Main.Version.version());
        write(switch (format) {
            case JSON -> ReviewRenderer.json(report);
            case SARIF -> SarifRenderer.sarif(report);
            case JUNIT -> ReviewRenderer.junit(report);
            case MARKDOWN -> ReviewRenderer.markdown(report);
            default -> ReviewRenderer.table(report);
        });
        boolean failed = failOn != FailOn.never && triage.atLeast(Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT))) > 0;
        return Math.max(failed ? ExitCode.FINDINGS.code() : ExitCode.OK.code(), read.code());
    }

    private static Baseline readBaseline(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new InputException(new SourcePosition(p.toString(), 0, 0), "no such file");
        }
        return Baseline.read(p);
    }

    /** {@code file} relative to the configuration's root (as the project file's exclude_paths are written). */
    static String relative(String root, String file) {
        String prefix = root.endsWith("/") ? root : root + "/";
        return root.equals(".") ? file.replaceFirst("^\\./", "") : file.startsWith(prefix) ? file.substring(prefix.length()) : file;
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of(); // a file that cannot be read has no suppressions
        }
    }

    private void write(String text) {
        Output.write(spec.commandLine().getOut(), output, text);
    }
}
