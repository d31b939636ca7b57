package dev.cloudwright.cli;

import dev.cloudwright.core.PathCheck;
import dev.cloudwright.core.SourcePosition;
import dev.cloudwright.review.SchemaProblem;
import dev.cloudwright.design.Designer;
import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.SourceResource;
import dev.cloudwright.requirements.RequirementsParser;
import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.adapt.AwsAdapter;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import dev.cloudwright.terraform.module.Inputs;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the analysis commands read: a requirements file becomes its design; Terraform (or a plan's JSON) is read and adapted. */
final class ModelReader {
    private ModelReader() {}

    /**
     * The model and the resources behind it.
     *
     * @param root      the Terraform root module read, or the requirements file
     * @param design    the input was a requirements file
     * @param code      the exit code the configuration's diagnostics gave (0 for a design)
     */
    record Read(Architecture arch, List<SourceResource> inventory, int code, Path root, boolean design, List<SchemaProblem> schema) {}

    static boolean isRequirements(Path p) {
        String name = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    /** @param schema also check the configuration against the provider schemas (only the review reports what that finds) */
    static Read read(Path given, List<Inputs.Option> inputs, String workspace, boolean schema, PrintWriter err, boolean quiet) {
        PathCheck.require(given);
        if (isRequirements(given)) {
            Architecture arch = new Designer().design(RequirementsParser.parseFile(given)).architecture();
            return new Read(arch, List.of(), 0, given, true, List.of());
        }
        Path root = GraphCommand.rootModule(given, err, quiet);
        ConfigEvaluator.Options options = new ConfigEvaluator.Options(List.copyOf(inputs), System.getenv(), workspace);
        TerraformProject.Checked checked = schema ? TerraformProject.readChecked(root, display(root), options)
                : new TerraformProject.Checked(TerraformProject.read(root, display(root), options), List.of());
        ResourceGraph g = checked.graph();
        int code = Diagnostics.report(g.diagnostics(), err, quiet, false);
        Path abs = root.toAbsolutePath().normalize();
        AwsAdapter.Adapted a = AwsAdapter.adapt(g, abs.getFileName() == null ? "terraform" : abs.getFileName().toString());
        err.flush();
        List<SchemaProblem> problems = checked.schema().stream().map(p -> new SchemaProblem(p.diagnostic().summary(), p.resource(),
                new SourcePosition(p.diagnostic().subject().file(), p.diagnostic().subject().start().line(), p.diagnostic().subject().start().column()),
                p.diagnostic().detail())).toList();
        return new Read(a.architecture(), a.inventory(), code, root, false, problems);
    }

    static String display(Path p) {
        return p.toString().replace('\\', '/');
    }
}
