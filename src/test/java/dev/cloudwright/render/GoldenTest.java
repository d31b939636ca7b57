package dev.cloudwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cloudwright.TestFiles;
import dev.cloudwright.design.Design;
import dev.cloudwright.design.Designer;
import dev.cloudwright.requirements.RequirementsParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each example's DESIGN.md, checked in under src/test/resources/golden: the whole design as a person
 * reviews it. (design.json is not kept as a golden: its figures are covered by the per-service cost
 * goldens and its shape by the model's tests; it is checked for determinism.) After an
 * intended change, regenerate with {@code mvn test -Dtest=GoldenTest -Dgolden.update=true} and
 * review the diff like any other change.
 */
class GoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "startup", "regulated-api", "global-service", "staging", "claims-archive"})
    void matchesGolden(String name) throws IOException {
        Design d = new Designer().design(RequirementsParser.parseFile(TestFiles.example(name + ".yaml")));
        check(name, "DESIGN.md", MarkdownRenderer.render(d));
    }

    /** No stutter: a phrase of two words or more repeated back to back ("not met: Not met") is a template seam. */
    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "startup", "regulated-api", "global-service", "staging", "claims-archive"})
    void noPhraseIsRepeatedBackToBack(String name) {
        String doc = MarkdownRenderer.render(new Designer().design(RequirementsParser.parseFile(TestFiles.example(name + ".yaml"))));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\b([a-z]{3,} [a-z]{3,})[:,;]? \\1\\b").matcher(doc);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        assertEquals(List.of(), found);
    }

    static void check(String example, String file, String actual) throws IOException {
        dev.cloudwright.Golden.check(example, file, actual);
    }
}
