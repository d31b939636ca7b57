package dev.cloudwright.terraform.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.core.Tsv;
import dev.cloudwright.design.Design;
import dev.cloudwright.design.SecurityPlan;
import dev.cloudwright.model.Keys;
import dev.cloudwright.model.Role;
import dev.cloudwright.render.MarkdownRenderer;
import dev.cloudwright.terraform.graph.ResourceGraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every security control the document claims as built into the design is in the Terraform written for it: for every
 * example and variant, the design's Terraform is written, read back with the project's own reader, and each design control
 * of the security section is checked against the rows of {@code aws/control-evidence.tsv} (the module resources and
 * arguments that implement it). A control with no implementation must be the user's task (scope organisation), never
 * claimed as implemented.
 */
class ClaimsTest {
    @TempDir
    Path tmp;

    static Stream<String> cases() {
        return GeneratedCases.names();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyImplementedClaimHasItsTerraform(String name) {
        Design d = GeneratedCases.design(name);
        Path root = GeneratedCases.write(d, tmp);
        Map<String, ResourceGraph> graphs = new HashMap<>();
        List<Evidence> evidence = Evidence.load();
        List<String> problems = new ArrayList<>();
        for (SecurityPlan.Control c : d.security().controls()) {
            if (c.scope() != SecurityPlan.Scope.DESIGN) {
                continue;
            }
            List<Evidence> rows = evidence.stream().filter(e -> e.control().equals(c.id())).toList();
            if (rows.isEmpty()) {
                problems.add(c.id() + " is claimed as implemented but control-evidence.tsv names no Terraform for it: " + c.control());
            }
            for (Evidence e : rows) {
                ResourceGraph g = graphs.computeIfAbsent(e.vars(), v -> v.equals("-") ? GeneratedCases.read(root) : GeneratedCases.read(root, v));
                if (e.applies(g)) {
                    String failure = e.failure(g, root);
                    if (failure != null) {
                        problems.add(c.id() + " (\"" + c.control() + "\"): " + failure);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The Terraform the claims are checked against is valid: it loads, matches the provider schema and evaluates without errors. */
    @ParameterizedTest
    @MethodSource("cases")
    void theTerraformIsValid(String name) {
        Path root = GeneratedCases.write(GeneratedCases.design(name), tmp);
        var tree = dev.cloudwright.terraform.config.ConfigTree.load(root, "terraform");
        List<String> errors = new ArrayList<>();
        tree.diagnostics().stream().filter(x -> x.severity() == dev.cloudwright.terraform.hcl.Diagnostic.Severity.ERROR).forEach(x -> errors.add(x.format()));
        dev.cloudwright.terraform.config.SchemaCheck.check(tree.root()).stream()
                .filter(x -> x.severity() == dev.cloudwright.terraform.hcl.Diagnostic.Severity.ERROR).forEach(x -> errors.add(x.format()));
        GeneratedCases.read(root).diagnostics().stream().filter(x -> x.severity() == dev.cloudwright.terraform.hcl.Diagnostic.Severity.ERROR)
                .forEach(x -> errors.add(x.format()));
        assertEquals(List.of(), errors);
    }

    /** The compliance mapping says "addressed" only where a design control (checked above) answers the requirement. */
    @ParameterizedTest
    @MethodSource("cases")
    void addressedRequirementsRestOnDesignControls(String name) {
        Design d = GeneratedCases.design(name);
        Map<String, Set<String>> tagsOf = new HashMap<>();
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/compliance/requirements.tsv")) {
            tagsOf.put(r.get("framework") + " " + r.get("id"), Set.of(r.get("tags").split(",")));
        }
        for (SecurityPlan.RequirementStatus s : d.security().compliance()) {
            if (s.status() == SecurityPlan.Status.ADDRESSED && !tagsOf.get(s.framework() + " " + s.id()).contains("data-residency")) {
                Set<String> tags = tagsOf.get(s.framework() + " " + s.id());
                assertTrue(d.security().controls().stream().anyMatch(c -> c.scope() == SecurityPlan.Scope.DESIGN && c.tags().stream().anyMatch(tags::contains)),
                        s.framework() + " " + s.id() + " is addressed without a design control");
            }
        }
    }

    /** The document marks every control that is the user's task as such. */
    @ParameterizedTest
    @MethodSource("cases")
    void userTasksAreMarkedInTheDocument(String name) {
        Design d = GeneratedCases.design(name);
        String doc = MarkdownRenderer.render(d);
        for (SecurityPlan.Control c : d.security().controls()) {
            String line = "- " + c.control() + (c.scope() == SecurityPlan.Scope.ORGANISATION ? " *(organisation)*" : "");
            assertTrue(doc.contains(line + "\n"), "the document lists " + line);
        }
    }

    /** A cache without encryption at rest (Memcached) is never claimed encrypted, and its module is given no key. */
    @Test
    void memcachedIsNotClaimedEncryptedAtRest() {
        Design d = GeneratedCases.design("claims/memcached");
        assertTrue(d.architecture().components(Role.CACHE).stream().noneMatch(c -> c.isTrue(Keys.ENCRYPTED_AT_REST)));
        assertTrue(d.security().controls().stream().noneMatch(c -> c.id().equals("cache-at-rest")));
        assertTrue(d.security().controls().stream().anyMatch(c -> c.id().equals("memcached-data") && c.scope() == SecurityPlan.Scope.ORGANISATION));
        String doc = MarkdownRenderer.render(d);
        assertTrue(doc.contains("but the Memcached cache, which has no encryption at rest"), "the security pillar names the exception");
        ResourceGraph g = GeneratedCases.read(GeneratedCases.write(d, tmp));
        List<String> keyed = GeneratedCases.ofType(g, "aws_elasticache_cluster").stream()
                .filter(i -> !Evidence.values(i, "at_rest_encryption_enabled|kms_key_id").stream()
                        .allMatch(v -> v == null || v instanceof dev.cloudwright.terraform.eval.Value.Null || v instanceof dev.cloudwright.terraform.eval.Value.Unknown))
                .map(i -> i.address()).toList();
        assertFalse(GeneratedCases.ofType(g, "aws_elasticache_cluster").isEmpty());
        assertEquals(List.of(), keyed, "no at-rest setting on a Memcached cluster");
    }

    /** The evidence table names only controls that exist, and every design control of controls.tsv has evidence. */
    @Test
    void everyDesignControlHasEvidence() {
        Set<String> design = new LinkedHashSet<>();
        Set<String> all = new LinkedHashSet<>();
        for (Tsv.Row r : Tsv.resource("dev/cloudwright/aws/controls.tsv")) {
            all.add(r.get("id"));
            if (r.get("scope").equals("design")) {
                design.add(r.get("id"));
            }
        }
        Set<String> evidenced = new LinkedHashSet<>();
        for (Evidence e : Evidence.load()) {
            assertTrue(all.contains(e.control()), e.at() + ": no control " + e.control() + " in controls.tsv");
            assertTrue(!e.note().isBlank(), e.at() + ": say what the row shows");
            evidenced.add(e.control());
        }
        design.removeAll(evidenced);
        assertEquals(Set.of(), design, "design controls without evidence");
    }
}
