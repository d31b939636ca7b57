package dev.cloudwright;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files under {@code src/test/resources/golden}: the output a person signed off. After an
 * intended change, regenerate with {@code -Dgolden.update=true} and review the diff before committing.
 */
public final class Golden {
    public static final boolean UPDATE = Boolean.parseBoolean(System.getProperty("golden.update", "false"));

    private Golden() {}

    /** Compares {@code actual} with {@code golden/<dir>/<file>}, or writes it when updating. */
    public static void check(String dir, String file, String actual) throws IOException {
        Path golden = TestFiles.root().resolve("src/test/resources/golden").resolve(dir).resolve(file);
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
