package dev.cloudwright.terraform;

import dev.cloudwright.terraform.config.ConfigTree;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads existing Terraform into a resource graph: a configuration directory (parsed, its modules
 * loaded, evaluated) or the JSON of {@code terraform show -json} for a saved plan.
 */
public final class TerraformProject {

    private TerraformProject() {}

    /** A configuration read, with its resources' problems against the bundled provider schemas (none for a plan). */
    public record Checked(ResourceGraph graph, List<dev.cloudwright.terraform.config.SchemaCheck.Problem> schema) {}

    /** Reads {@code path} as {@link #read} does, and checks the configuration against the provider schemas. */
    public static Checked readChecked(Path path, String display, ConfigEvaluator.Options options) {
        return load(path, display, options, true);
    }

    /** Reads {@code path}: a directory with {@code .tf} files, or a plan JSON file. */
    public static ResourceGraph read(Path path, String display, ConfigEvaluator.Options options) {
        return load(path, display, options, false).graph();
    }

    private static Checked load(Path path, String display, ConfigEvaluator.Options options, boolean check) {
        try (BigStack stack = new BigStack()) {
            return stack.run(() -> {
                if (Files.isRegularFile(path)) {
                    return new Checked(PlanReader.read(path, display), List.of());
                }
                ConfigTree.Loaded tree = ConfigTree.load(path, display);
                return new Checked(ResourceGraph.of(ConfigEvaluator.evaluate(tree, options)),
                        check ? dev.cloudwright.terraform.config.SchemaCheck.problems(tree.root()) : List.of());
            });
        }
    }
}
