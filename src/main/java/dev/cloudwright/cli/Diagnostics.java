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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints Terraform diagnostics on standard error in file, line and column order, and decides the exit
 * code they call for. A file skipped for its size makes the result partial: its warning and a line
 * saying so are printed even when quiet, and the exit code is 1 (with strict, the skip is an error).
 */
final class Diagnostics {
    private Diagnostics() {}

    /**
     * The order diagnostics are printed in: by file (command-line sources such as {@code <--var ...>}
     * first, then files with fewer directories in their path, then by name), line and column; at one
     * position, errors first; otherwise in the order found.
     */
    static final Comparator<Diagnostic> ORDER = Comparator.comparing((Diagnostic d) -> d.subject().file(), Diagnostics::compareFiles)
            .thenComparingInt(d -> d.subject().start().line())
            .thenComparingInt(d -> d.subject().start().column())
            .thenComparingInt(d -> d.severity() == Diagnostic.Severity.ERROR ? 0 : 1);

    private static int compareFiles(String a, String b) {
        boolean pa = a.startsWith("<");
        boolean pb = b.startsWith("<");
        if (pa != pb) {
            return pa ? -1 : 1;
        }
        int da = a.split("/", -1).length;
        int db = b.split("/", -1).length;
        return da != db ? Integer.compare(da, db) : a.compareTo(b);
    }

    /**
     * Prints the diagnostics (warnings only unless quiet) and returns the exit code: 2 when any is an
     * error, 1 when the result is partial (a file skipped), else 0.
     */
    static int report(List<Diagnostic> diags, PrintWriter err, boolean quiet, boolean strict) {
        List<Diagnostic> shown = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        boolean errors = false;
        for (Diagnostic d : diags) {
            boolean skip = ConfigLoader.skipsFile(d);
            if (skip && strict) {
                shown.add(Diagnostic.error(d.summary(), d.detail(), d.subject()));
                errors = true;
            } else if (d.severity() == Diagnostic.Severity.ERROR) {
                shown.add(d);
                errors = true;
            } else if (skip) {
                skipped.add(d.subject().file());
                shown.add(d);
            } else if (!quiet) {
                shown.add(d);
            }
        }
        shown.sort(ORDER);
        skipped.sort(Diagnostics::compareFiles);
        Map<String, String> sources = new HashMap<>();
        for (Diagnostic d : shown) {
            err.println(withSnippet(d, sources));
        }
        if (!skipped.isEmpty()) {
            err.println("cloudwright: partial result: " + Fmt.plural(skipped.size(), "file was", "files were") + " skipped ("
                    + String.join(", ", skipped) + "), so what " + (skipped.size() == 1 ? "it declares" : "they declare")
                    + " is missing; --strict makes this an error");
        }
        err.flush();
        return errors ? ExitCode.USAGE.code() : !skipped.isEmpty() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
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
