package dev.cloudwright.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.cloudwright.TestFiles;
import dev.cloudwright.core.Json;
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
 * Each example's DESIGN.md and design.json, checked in under src/test/resources/golden. After an
 * intended change, regenerate with {@code mvn test -Dtest=GoldenTest -Dgolden.update=true} and
 * review the diff like any other change.
 */
class GoldenTest {
    static final boolean UPDATE = Boolean.parseBoolean(System.getProperty("golden.update", "false"));

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "startup", "regulated-api", "global-service"})
    void matchesGolden(String name) throws IOException {
        Design d = new Designer().design(RequirementsParser.parseFile(TestFiles.example(name + ".yaml")));
        check(name, "DESIGN.md", MarkdownRenderer.render(d));
        check(name, "design.json", Json.pretty(d));
    }

    static void check(String example, String file, String actual) throws IOException {
        Path golden = TestFiles.root().resolve("src/test/resources/golden").resolve(example).resolve(file);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("missing golden file " + golden + "; run with -Dgolden.update=true");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("output differs from " + golden + " (rerun with -Dgolden.update=true if intended):\n" + firstDifference(expected, actual));
        }
        assertEquals(expected, actual);
    }

    static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String x = i < e.size() ? e.get(i) : "<end>";
            String y = i < a.size() ? a.get(i) : "<end>";
            if (!x.equals(y)) {
                return "line " + (i + 1) + "\n- " + x + "\n+ " + y;
            }
        }
        return "(trailing newline)";
    }
}
