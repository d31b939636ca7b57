package dev.cloudwright.cli;

import dev.cloudwright.core.Fmt;
import dev.cloudwright.terraform.config.ConfigLoader;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.source.SourceFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints Terraform diagnostics on standard error, errors first, and decides the exit code they call for.
 * A file skipped for its size makes the result partial: its warning and a line saying so are printed
 * even when quiet, and the exit code is 1 (with strict, the skip is an error instead).
 */
final class Diagnostics {
    private Diagnostics() {}

    /**
     * Prints the diagnostics (warnings only unless quiet) and returns the exit code: 2 when any is an
     * error, 1 when the result is partial (a file skipped), else 0.
     */
    static int report(List<Diagnostic> diags, PrintWriter err, boolean quiet, boolean strict) {
        List<Diagnostic> errors = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Diagnostic d : diags) {
            boolean skip = ConfigLoader.skipsFile(d);
            if (skip && strict) {
                errors.add(Diagnostic.error(d.summary(), d.detail(), d.subject()));
            } else if (d.severity() == Diagnostic.Severity.ERROR) {
                errors.add(d);
            } else if (skip) {
                skipped.add(d.subject().file());
                warnings.add(d);
            } else if (!quiet) {
                warnings.add(d);
            }
        }
        Map<String, String> sources = new HashMap<>();
        for (Diagnostic d : errors) {
            err.println(withSnippet(d, sources));
        }
        for (Diagnostic d : warnings) {
            err.println(withSnippet(d, sources));
        }
        if (!skipped.isEmpty()) {
            err.println("cloudwright: partial result: " + Fmt.plural(skipped.size(), "file was", "files were") + " skipped ("
                    + String.join(", ", skipped) + "), so what " + (skipped.size() == 1 ? "it declares" : "they declare")
                    + " is missing; --strict makes this an error");
        }
        err.flush();
        return !errors.isEmpty() ? ExitCode.USAGE.code() : !skipped.isEmpty() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
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
                return Files.isRegularFile(p) && Files.size(p) <= SourceFiles.maxBytes() ? Files.readString(p, StandardCharsets.UTF_8) : "";
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
