package dev.cloudwright.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.model.Architecture;
import dev.cloudwright.terraform.TerraformProject;
import dev.cloudwright.terraform.adapt.AwsAdapter;
import dev.cloudwright.terraform.module.ConfigEvaluator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule's examples through the whole pipeline (parse, evaluate, adapt, review): {@code review/<id>.tf} holds bad
 * resources, each line a finding must point at marked {@code # expect: <id>}, and good ones (named {@code good...})
 * the rule must pass. The rule must raise exactly the marked lines: no more (no false positives on the good ones, on
 * variables, counts or modules), no fewer.
 */
class RuleExamplesTest {
    static final String PROVIDER = "provider \"aws\" {\n  region = \"us-east-1\"\n}\n";

    @TempDir
    Path tmp;

    static Stream<String> ids() {
        return AwsRules.ALL.stream().map(r -> r.meta().id());
    }

    static String example(String id) throws IOException {
        try (InputStream in = RuleExamplesTest.class.getResourceAsStream("/review/" + id + ".tf")) {
            if (in == null) {
                throw new AssertionError("rule " + id + " has no example src/test/resources/review/" + id + ".tf");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What the review reads of a configuration: its model and its schema problems. */
    record Read(Architecture arch, List<SchemaProblem> schema) {}

    Read adapt(String id, String hcl) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(id));
        Files.writeString(dir.resolve("providers.tf"), PROVIDER);
        Files.writeString(dir.resolve("main.tf"), hcl);
        TerraformProject.Checked c = TerraformProject.readChecked(dir, ".", ConfigEvaluator.Options.defaults());
        List<SchemaProblem> schema = c.schema().stream().map(p -> new SchemaProblem(p.diagnostic().summary(), p.resource(),
                new dev.cloudwright.core.SourcePosition(p.diagnostic().subject().file(), p.diagnostic().subject().start().line(),
                        p.diagnostic().subject().start().column()), p.diagnostic().detail())).toList();
        return new Read(AwsAdapter.adapt(c.graph(), id).architecture(), schema);
    }

    static Reviewer.Review review(String id, Read read) {
        return new Reviewer(List.of(AwsRules.byId(id).orElseThrow()), null).review(read.arch(), read.schema(), false);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void theBadExamplesRaiseTheRuleExactlyWhereMarkedAndTheGoodOnesNothing(String id) throws IOException {
        String hcl = example(id);
        TreeSet<Integer> expected = new TreeSet<>();
        String[] lines = hcl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("# expect: " + id)) {
                expected.add(i + 1);
            }
        }
        assertFalse(expected.isEmpty(), id + ": no `# expect: " + id + "` marker");
        String good = RuleExamplesTest.class.getResource("/review/" + id + ".good.tf") == null ? null : example(id + ".good");
        assertTrue(hcl.contains("\"good") || good != null, id + ": no good example (a resource named good..., or " + id + ".good.tf)");
        if (good != null) {
            assertEquals(List.of(), review(id, adapt(id + "-good", good)).findings(), id + ".good.tf");
        }
        Reviewer.Review r = review(id, adapt(id, hcl));
        TreeSet<Integer> actual = new TreeSet<>();
        List<String> where = new ArrayList<>();
        for (Finding f : r.findings()) {
            assertTrue(f.at() != null && f.at().file().endsWith("main.tf"), id + ": " + f);
            actual.add(f.at().line());
            where.add(f.resource() + " at " + f.at() + ": " + f.message());
            assertFalse(f.resource().contains(".good"), id + " raised on a good example: " + where);
        }
        assertEquals(expected, actual, id + " findings: " + where);
    }

    @Test
    void ruleIdsAreUniqueAndEachExampleBelongsToARule() throws IOException {
        assertEquals(AwsRules.ALL.size(), ids().distinct().count(), "duplicate rule id");
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/review"))) {
            List<String> orphans = files.map(p -> p.getFileName().toString().replace(".good.tf", "").replace(".tf", "")).filter(n -> AwsRules.byId(n).isEmpty()).toList();
            assertEquals(List.of(), orphans, "examples without a rule");
        }
    }
}
