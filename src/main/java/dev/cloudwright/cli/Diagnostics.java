package dev.cloudwright.cli;

import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.source.SourceFiles;
import java.io.PrintWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prints Terraform diagnostics on standard error, errors first. */
final class Diagnostics {
    private Diagnostics() {}

    /** Prints the diagnostics (warnings only unless quiet); returns whether any is an error. */
    static boolean print(List<Diagnostic> diags, PrintWriter err, boolean quiet) {
        boolean errors = false;
        Map<String, String> sources = new HashMap<>();
        for (Diagnostic d : diags) {
            if (d.severity() == Diagnostic.Severity.ERROR) {
                errors = true;
                err.println(withSnippet(d, sources));
            }
        }
        if (!quiet) {
            for (Diagnostic d : diags) {
                if (d.severity() == Diagnostic.Severity.WARNING) {
                    err.println(withSnippet(d, sources));
                }
            }
        }
        err.flush();
        return errors;
    }

    /** The message with the source line and a caret, when the file can be read and the position is in it. */
    private static String withSnippet(Diagnostic d, Map<String, String> sources) {
        String file = d.subject().file();
        if (file.startsWith("<") || d.subject().start().offset() == 0 && d.subject().start().line() == 1 && d.subject().end().offset() == 0) {
            return d.format();
        }
        String src = sources.computeIfAbsent(file, f -> {
            try {
                Path p = Path.of(f);
                return Files.isRegularFile(p) && Files.size(p) <= SourceFiles.MAX_BYTES ? Files.readString(p, StandardCharsets.UTF_8) : "";
            } catch (IOException | RuntimeException e) {
                return "";
            }
        });
        if (src.isEmpty() || d.subject().start().offset() > src.length()) {
            return d.format();
        }
        return d.formatWithSnippet(src);
    }
}
