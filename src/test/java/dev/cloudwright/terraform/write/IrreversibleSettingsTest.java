package dev.cloudwright.terraform.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.design.Design;
import dev.cloudwright.model.Keys;
import dev.cloudwright.terraform.graph.ResourceGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Settings that cannot be undone (S3 Object Lock, a Backup vault lock in compliance mode) are never made by a first apply:
 * the root variable {@code enable_compliance_locks} (default false) turns them on, the README says they cannot be undone,
 * and a non-production design does not ask for them.
 */
class IrreversibleSettingsTest {
    private static final List<String> LOCKS = List.of("aws_s3_bucket_object_lock_configuration", "aws_backup_vault_lock_configuration");

    @TempDir
    Path tmp;

    static Stream<String> cases() {
        return GeneratedCases.names();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void offUnlessAsked(String name) throws Exception {
        Design d = GeneratedCases.design(name);
        Path root = GeneratedCases.write(d, tmp);
        boolean designed = d.architecture().components().stream().anyMatch(c -> c.isTrue(Keys.OBJECT_LOCK) || c.value(Keys.VAULT_LOCK) != null);
        if (!d.requirements().production()) {
            assertTrue(!designed, "a non-production design asks for no irreversible setting");
        }
        ResourceGraph first = GeneratedCases.read(root);
        for (String type : LOCKS) {
            assertEquals(List.of(), GeneratedCases.ofType(first, type).stream().map(i -> i.address()).toList(), "a first apply makes no " + type);
        }
        if (designed) {
            ResourceGraph asked = GeneratedCases.read(root, RootModule.LOCKS_VARIABLE + "=true");
            for (String type : LOCKS) {
                assertTrue(!GeneratedCases.ofType(asked, type).isEmpty(), type + " once " + RootModule.LOCKS_VARIABLE + " = true");
            }
            String readme = java.nio.file.Files.readString(root.resolve("README.md"));
            assertTrue(readme.contains("Irreversible settings") && readme.contains("cannot be undone") && readme.contains("`enable_compliance_locks = true`"),
                    "the README warns before the locks are turned on");
        }
    }
}
