package dev.cloudwright;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Paths to the repository's files from tests (Maven runs tests from the project root). */
public final class TestFiles {
    private TestFiles() {}

    public static Path root() {
        return Paths.get("").toAbsolutePath();
    }

    public static Path example(String name) {
        return root().resolve("examples").resolve(name);
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
