package dev.cloudwright.cli;

import dev.cloudwright.terraform.module.Inputs;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** The options that set a configuration's root variables and workspace, shared by the commands that read Terraform. */
final class VariableOptions {
    @CommandLine.Option(names = "--workspace", paramLabel = "NAME", defaultValue = "default", description = "Value of terraform.workspace.")
    String workspace = "default";

    private final List<Inputs.Option> inputs = new ArrayList<>();

    // Both options are lists so that picocli accepts them more than once; it calls the setter on each
    // occurrence with every value so far, and the newest one is added to the inputs in command-line order.
    @CommandLine.Option(names = "--var", paramLabel = "NAME=VALUE", description = "Set a root variable (repeatable; later wins).")
    void var(List<String> assignments) {
        if (assignments != null && !assignments.isEmpty()) {
            inputs.add(new Inputs.Option.Var(assignments.get(assignments.size() - 1)));
        }
    }

    @CommandLine.Option(names = "--var-file", paramLabel = "FILE", description = "Read root variables from a .tfvars or .tfvars.json file (repeatable).")
    void varFile(List<String> files) {
        if (files != null && !files.isEmpty()) {
            inputs.add(new Inputs.Option.VarFile(files.get(files.size() - 1)));
        }
    }

    /** The variable settings in command-line order. */
    List<Inputs.Option> inputs() {
        return List.copyOf(inputs);
    }
}
