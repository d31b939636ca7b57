package dev.cloudwright.cli;

import dev.cloudwright.core.InputException;
import dev.cloudwright.core.SourcePosition;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command's report goes: standard output, or a file (its directories created); a file that cannot be written is an input error. */
final class Output {
    private Output() {}

    static void write(PrintWriter out, Path file, String text) {
        if (file == null) {
            out.print(text);
            out.flush();
        } else {
            toFile(file, text);
        }
    }

    static void toFile(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(new SourcePosition(file.toString(), 0, 0), "cannot write: " + e.getMessage());
        }
    }
}
