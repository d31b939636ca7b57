package dev.cloudwright.terraform.config;

import dev.cloudwright.terraform.eval.Type;
import dev.cloudwright.terraform.hcl.Body;
import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.hcl.Expr;
import dev.cloudwright.terraform.hcl.HclFile;
import dev.cloudwright.terraform.hcl.Range;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One Terraform module as written: the declarations of all {@code .tf} and {@code .tf.json} files of a
 * directory, with their expressions unevaluated. {@code diagnostics} holds the syntax errors and
 * declaration problems (duplicates, invalid meta-arguments) found while reading it.
 */
public record ModuleConfig(
        Path dir,
        String display,
        List<HclFile> files,
        Map<String, Variable> variables,
        Map<String, Local> locals,
        Map<String, Output> outputs,
        List<Resource> resources,
        Map<String, ModuleCall> calls,
        List<Provider> providers,
        Map<String, String> requiredProviders,
        List<Diagnostic> diagnostics) {

    public ModuleConfig {
        files = List.copyOf(files);
        variables = Map.copyOf(variables);
        locals = Map.copyOf(locals);
        outputs = Map.copyOf(outputs);
        resources = List.copyOf(resources);
        calls = Map.copyOf(calls);
        providers = List.copyOf(providers);
        requiredProviders = Map.copyOf(requiredProviders);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Whether the module was read only in part: a file could not be read or was skipped, or a file or
     * declaration has an error. A declaration may then be missing, so a reference to an undeclared name
     * is not a problem of its own.
     */
    public boolean incomplete() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR || ConfigLoader.skipsFile(d));
    }

    /** A {@code variable} block. {@code type} is {@link Type#ANY} when not constrained. */
    public record Variable(String name, Type type, Expr defaultExpr, List<Check> validations, boolean sensitive, boolean nullable, Range range) {}

    /** A {@code validation}, {@code precondition} or {@code postcondition} block, or a {@code check}'s {@code assert}. */
    public record Check(Expr condition, Expr errorMessage, Range range) {}

    public record Local(String name, Expr expr, Range range) {}

    public record Output(String name, Expr value, boolean sensitive, Range range) {}

    /** A managed resource, a data source, or an ephemeral resource (Terraform 1.10+: never stored in state). */
    public enum Mode { MANAGED, DATA, EPHEMERAL }

    /**
     * A {@code resource} or {@code data} block. {@code body} is the block's body; the meta-arguments
     * ({@code count}, {@code for_each}, {@code provider}, {@code depends_on}, {@code lifecycle}) are
     * taken out into their own fields and ignored when the body is evaluated.
     */
    public record Resource(
            Mode mode,
            String type,
            String name,
            Body body,
            Expr count,
            Expr forEach,
            ProviderRef provider,
            List<Expr> dependsOn,
            Body lifecycle,
            Range typeRange,
            Range range) {

        /** {@code aws_vpc.main} or {@code data.aws_region.current}. */
        public String address() {
            return (mode == Mode.DATA ? "data." : mode == Mode.EPHEMERAL ? "ephemeral." : "") + type + "." + name;
        }
    }

    /** A reference to a provider configuration: local name and optional alias ({@code aws.west}). */
    public record ProviderRef(String localName, String alias, Range range) {
        @Override
        public String toString() {
            return alias == null ? localName : localName + "." + alias;
        }
    }

    /** A {@code module} block. {@code inputs} are its arguments other than the meta-arguments. */
    public record ModuleCall(
            String name,
            String source,
            String version,
            Expr count,
            Expr forEach,
            Map<String, ProviderRef> providers,
            Map<String, Body.Attribute> inputs,
            List<Expr> dependsOn,
            Range sourceRange,
            Range range) {}

    /** A {@code provider} block. */
    public record Provider(String localName, String alias, Body body, Range range) {
        public String key() {
            return alias == null ? localName : localName + "." + alias;
        }
    }
}
