package dev.cloudwright.terraform.write;

import dev.cloudwright.TestFiles;
import dev.cloudwright.design.Design;
import dev.cloudwright.design.Designer;
import dev.cloudwright.requirements.RequirementsParser;
import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.eval.Value;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import dev.cloudwright.terraform.module.Inputs;
import dev.cloudwright.terraform.module.ResourceInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The designs whose generated Terraform the claim and lifecycle tests read back: every example, and variants in
 * {@code src/test/resources/claims/} (PCI DSS alone, HIPAA, non-production, Memcached, a single region).
 */
final class GeneratedCases {
    private GeneratedCases() {}

    /** Names of the cases: {@code examples/NAME.yaml}, or {@code claims/NAME} for a variant. */
    static Stream<String> names() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> ex = Files.list(TestFiles.root().resolve("examples")); Stream<Path> va = Files.list(variants())) {
            ex.map(Path::getFileName).map(Path::toString).filter(f -> f.endsWith(".yaml")).sorted().forEach(f -> out.add(f.replace(".yaml", "")));
            va.map(Path::getFileName).map(Path::toString).filter(f -> f.endsWith(".yaml")).sorted().forEach(f -> out.add("claims/" + f.replace(".yaml", "")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.stream();
    }

    private static Path variants() {
        return TestFiles.root().resolve("src/test/resources/claims");
    }

    static Design design(String name) {
        Path file = name.startsWith("claims/") ? variants().resolve(name.substring("claims/".length()) + ".yaml") : TestFiles.example(name + ".yaml");
        return new Designer().design(RequirementsParser.parseFile(file));
    }

    /** Writes the design's Terraform under {@code dir}; returns the root module's folder. */
    static Path write(Design d, Path dir) {
        try {
            for (AwsTerraformWriter.File f : AwsTerraformWriter.write(d.architecture(), new AwsTerraformWriter.Project(d.name(),
                    d.requirements().environment().name().toLowerCase(java.util.Locale.ROOT), "platform", "unassigned"))) {
                Path p = dir.resolve(f.path());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve("terraform");
    }

    /** The root module read back with the project's own reader, with the example variable values and {@code vars} ("name=value"). */
    static ResourceGraph read(Path root, String... vars) {
        List<Inputs.Option> options = new ArrayList<>();
        options.add(new Inputs.Option.VarFile(root.resolve("terraform.tfvars.example").toString()));
        for (String v : vars) {
            options.add(new Inputs.Option.Var(v));
        }
        return TerraformProject.read(root, "terraform", new ConfigEvaluator.Options(options, java.util.Map.of(), "default"));
    }

    /** The managed resource instances of a type. */
    static List<ResourceInstance> ofType(ResourceGraph g, String type) {
        return g.nodes().stream().map(ResourceGraph.Node::instance).filter(i -> !i.isData() && i.type().equals(type)).toList();
    }

    /** An attribute of an object value, or null. */
    static Value get(Value v, String name) {
        return v instanceof Value.Obj o ? o.get(name) : null;
    }

    /** The items of a list, set or tuple value (a block's instances); empty for null or another value. */
    static List<Value> items(Value v) {
        return v instanceof Value.Seq s ? s.items() : List.of();
    }

    /** A known whole number, or null. */
    static Integer integer(Value v) {
        return v instanceof Value.Num n ? n.value().intValueExact() : null;
    }

    static String string(Value v) {
        return v instanceof Value.Str s ? s.value() : null;
    }
}
