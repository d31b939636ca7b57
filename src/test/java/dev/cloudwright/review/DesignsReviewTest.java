package dev.cloudwright.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.TestFiles;
import dev.cloudwright.design.Designer;
import dev.cloudwright.requirements.Requirements.Style;
import dev.cloudwright.requirements.RequirementsParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What Cloudwright designs, it must pass its own review: every example in every compute style, no high or critical finding. */
class DesignsReviewTest {
    static final List<String> EXAMPLES = List.of("claims-archive.yaml", "ecommerce.yaml", "global-service.yaml", "regulated-api.yaml", "staging.yaml",
            "startup.yaml");

    static Stream<Arguments> designs() {
        List<Arguments> out = new ArrayList<>();
        for (String e : EXAMPLES) {
            for (Style s : Style.values()) {
                out.add(Arguments.of(e, s));
            }
        }
        return out.stream();
    }

    /** The example with its workload's style set to {@code style}. */
    static String withStyle(String yaml, Style style) {
        String s = style.name().toLowerCase(Locale.ROOT);
        if (yaml.matches("(?s).*\\n  style: \\w+.*")) {
            return yaml.replaceFirst("\\n  style: \\w+", "\n  style: " + s);
        }
        return yaml.replaceFirst("\\nworkload:\\n", "\nworkload:\n  style: " + s + "\n");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("designs")
    void designsHaveNoHighOrCriticalFinding(String example, Style style) throws IOException {
        String yaml = withStyle(Files.readString(TestFiles.example(example)), style);
        assertTrue(yaml.contains("style: " + style.name().toLowerCase(Locale.ROOT)), yaml);
        var design = new Designer().design(RequirementsParser.parse(example, yaml.getBytes(StandardCharsets.UTF_8)));
        Reviewer.Review r = Reviewer.standard().review(design.architecture(), false);
        List<String> serious = r.findings().stream().filter(f -> f.rule().severity().compareTo(Severity.HIGH) <= 0)
                .map(f -> f.rule().id() + " " + f.resource() + ": " + f.message()).toList();
        assertEquals(List.of(), serious, example + " as " + style);
    }
}
