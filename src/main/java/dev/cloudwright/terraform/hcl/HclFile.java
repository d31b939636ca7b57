package dev.cloudwright.terraform.hcl;

import java.util.List;

/** A parsed file: its body (possibly partial when there are errors) and the diagnostics. */
public record HclFile(String name, String source, Body body, List<Diagnostic> diagnostics) {

    public HclFile {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}
