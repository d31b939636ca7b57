package dev.cloudwright.terraform.adapt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.model.Component;
import dev.cloudwright.model.Key;
import dev.cloudwright.model.Setting;
import dev.cloudwright.pricing.AwsCostModel;
import dev.cloudwright.pricing.ComponentCost;
import dev.cloudwright.pricing.CostLine;
import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.graph.ResourceGraph;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Terraform text block through the whole pipeline: read and evaluated as Terraform does, adapted to the model and
 * priced. The provider block is line 1 of main.tf, so the text block's first line is line 2. The assertions check a
 * setting's value with its provenance: written at a line, defaulted with a basis, or unknown with a reason.
 */
final class Pipeline {
    final AwsAdapter.Adapted adapted;

    private Pipeline(AwsAdapter.Adapted adapted) {
        this.adapted = adapted;
    }

    static Pipeline run(Path dir, String region, String main) throws IOException {
        Files.writeString(dir.resolve("main.tf"), "provider \"aws\" { region = \"" + region + "\" }\n" + main);
        ResourceGraph g = TerraformProject.read(dir, ".", ConfigEvaluator.Options.defaults());
        assertTrue(g.diagnostics().stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR), g.diagnostics().toString());
        return new Pipeline(AwsAdapter.adapt(g, "test"));
    }

    Architecture architecture() {
        return adapted.architecture();
    }

    Component component(String id) {
        return architecture().component(id).orElseThrow(() -> new AssertionError("no component " + id + " in "
                + architecture().components().stream().map(Component::id).toList()));
    }

    /** Every managed AWS resource is a component's, or named as supporting: nothing is left unmodelled. */
    Pipeline nothingUnmodelled() {
        assertEquals(Map.of(), adapted.unmodelled(), "resources left unmodelled");
        return this;
    }

    /** The component priced by the standard cost model. */
    static ComponentCost price(Component c) {
        return AwsCostModel.standard().price(c);
    }

    /** The bill line charged under {@code key}. */
    static CostLine line(ComponentCost cost, String key) {
        return cost.lines().stream().filter(l -> l.priceKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + key + " in " + cost.lines()));
    }

    static <T> Setting<T> setting(Component c, Key<T> key) {
        return c.setting(key).orElseThrow(() -> new AssertionError(c.id() + " has no setting " + key + ": " + c.settings().keySet()));
    }

    /** Asserts a setting was written in main.tf on {@code line}, with {@code value}. */
    static <T> void written(Component c, Key<T> key, T value, int line) {
        Setting<T> s = setting(c, key);
        assertEquals(Setting.Origin.EXPLICIT, s.from(), c.id() + " " + key + ": " + s);
        assertEquals(value, s.value(), c.id() + " " + key);
        assertEquals("main.tf", s.at().file(), c.id() + " " + key + ": " + s.at());
        assertEquals(line, s.at().line(), c.id() + " " + key + ": " + s.at());
    }

    /** Asserts a setting is a default with {@code value}, and returns its basis. */
    static <T> String defaulted(Component c, Key<T> key, T value) {
        Setting<T> s = setting(c, key);
        assertEquals(Setting.Origin.DEFAULTED, s.from(), c.id() + " " + key + ": " + s);
        assertEquals(value, s.value(), c.id() + " " + key);
        assertNull(s.at(), "a default is not written anywhere");
        return s.basis();
    }

    /** Asserts a setting is unknown (never a value) and returns the reason. */
    static String unknown(Component c, Key<?> key) {
        Setting<?> s = setting(c, key);
        assertEquals(Setting.Origin.UNKNOWN, s.from(), c.id() + " " + key + ": " + s);
        assertNull(s.value(), "unknown is not a value");
        return s.basis();
    }

    /** Asserts a setting is unknown, with a reason containing {@code reason}, at {@code line} of main.tf. */
    static void unknownAt(Component c, Key<?> key, String reason, int line) {
        String basis = unknown(c, key);
        assertTrue(basis.contains(reason), c.id() + " " + key + ": " + basis);
        assertEquals(line, setting(c, key).at().line(), c.id() + " " + key + ": " + setting(c, key).at());
    }

    /** Fails unless exactly these settings are unknown and exactly these defaulted: nothing unexpected is guessed. */
    static void notWritten(Component c, Set<String> unknown, Set<String> defaulted) {
        Set<String> u = new TreeSet<>();
        Set<String> d = new TreeSet<>();
        c.settings().forEach((k, s) -> {
            if (s.from() == Setting.Origin.UNKNOWN) {
                u.add(k);
            } else if (s.from() == Setting.Origin.DEFAULTED) {
                d.add(k);
            }
        });
        assertEquals(new TreeSet<>(unknown), u, c.id() + ": unknown settings");
        assertEquals(new TreeSet<>(defaulted), d, c.id() + ": defaulted settings");
    }

    /** The resources folded into a component. */
    static List<String> resources(Component c) {
        List<String> r = c.value(dev.cloudwright.model.Keys.TERRAFORM_RESOURCES);
        return r == null ? List.of(c.value(dev.cloudwright.model.Keys.TERRAFORM_ADDRESS)) : r;
    }
}
