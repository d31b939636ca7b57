package dev.cloudwright.terraform.module;

import static dev.cloudwright.terraform.module.Tf.addresses;
import static dev.cloudwright.terraform.module.Tf.errors;
import static dev.cloudwright.terraform.module.Tf.warnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files give one clear diagnostic each and never stop the other files from being read. */
class RobustnessTest {

    @TempDir
    Path dir;

    private static final String GOOD = "resource \"aws_s3_bucket\" \"good\" { bucket = \"ok\" }\n";

    @Test
    void syntaxErrorsAreLocatedAndOtherFilesStillLoad() {
        var r = new Tf(dir).file("good.tf", GOOD).file("bad.tf", "resource \"aws_s3_bucket\" \"bad\" {\n  bucket = \n}\nlocals { x = (1 + }\n").evaluate();
        assertTrue(addresses(r).contains("aws_s3_bucket.good"), addresses(r).toString());
        List<String> errs = errors(r);
        assertTrue(errs.size() >= 2, "the parser recovers and reports several errors: " + errs);
        assertTrue(errs.get(0).startsWith("bad.tf:2:"), errs.get(0));
    }

    @Test
    void binaryAndOversizedFilesAreSkipped() throws IOException {
        Files.write(dir.resolve("blob.tf"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, (byte) 0xff});
        byte[] big = new byte[10 * 1024 * 1024 + 10];
        java.util.Arrays.fill(big, (byte) '#');
        Files.write(dir.resolve("big.tf"), big);
        var r = new Tf(dir).file("good.tf", GOOD).evaluate();
        assertEquals(List.of("aws_s3_bucket.good"), addresses(r));
        assertTrue(errors(r).stream().anyMatch(e -> e.startsWith("blob.tf:1:1: error: Cannot read file")), errors(r).toString());
        assertTrue(warnings(r).stream().anyMatch(w -> w.equals("big.tf:1:1: warning: File skipped; file is 10485770 bytes, over the 10 MB (10485760-byte) limit"
                + " (-Dcloudwright.maxFileBytes=BYTES raises it)")), warnings(r).toString());
    }

    @Test
    void deepNestingIsReportedWithoutStackOverflow() throws Exception {
        String deep = "locals { x = " + "[".repeat(10_000) + "]".repeat(10_000) + " }\n";
        try (dev.cloudwright.terraform.BigStack stack = new dev.cloudwright.terraform.BigStack()) {
            var r = stack.run(() -> new Tf(dir).file("good.tf", GOOD).file("deep.tf", deep).evaluate());
            assertTrue(addresses(r).contains("aws_s3_bucket.good"));
            assertTrue(errors(r).isEmpty(), "10,000 levels are within limits: " + errors(r));
        }
        String deeper = "locals { x = " + "[".repeat(200_000) + "]".repeat(200_000) + " }\n";
        try (dev.cloudwright.terraform.BigStack stack = new dev.cloudwright.terraform.BigStack()) {
            var r = stack.run(() -> new Tf(dir).file("deep.tf", deeper).evaluate());
            assertTrue(errors(r).stream().anyMatch(e -> e.startsWith("deep.tf:") && e.contains("Nesting too deep")), errors(r).toString());
        }
    }

    @Test
    void symlinkLoopsAreNotFollowed() throws IOException {
        Path m = Files.createDirectories(dir.resolve("modules/m"));
        Files.writeString(m.resolve("main.tf"), GOOD);
        try {
            Files.createSymbolicLink(m.resolve("loop"), m);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links not supported here");
        }
        var r = new Tf(dir).file("main.tf", "module \"m\" { source = \"./modules/m\" }\nmodule \"loop\" { source = \"./modules/m/loop/loop\" }\n").evaluate();
        assertTrue(addresses(r).contains("module.m.aws_s3_bucket.good"), addresses(r).toString());
        assertTrue(addresses(r).contains("module.loop.aws_s3_bucket.good"), "a symlinked directory is a valid module source");
        var h = dev.cloudwright.terraform.source.SourceFiles.find(List.of(dir.toString()), List.of(".tf"));
        assertTrue(h.stream().anyMatch(f -> f.problem() != null && f.problem().contains("loop")), h.toString());
    }

    @Test
    void unreadableFilesAreReported() throws IOException {
        Path f = dir.resolve("secret.tf");
        Files.writeString(f, GOOD);
        try {
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        Assumptions.assumeFalse(Files.isReadable(f), "running as a user who can read anything");
        var r = new Tf(dir).file("good.tf", GOOD.replace("good", "other")).evaluate();
        assertTrue(errors(r).stream().anyMatch(e -> e.startsWith("secret.tf:1:1: error: Cannot read file")), errors(r).toString());
        assertTrue(addresses(r).contains("aws_s3_bucket.other"));
    }

    @Test
    void hugeCountsAreNotExpanded() {
        var r = new Tf(dir).file("main.tf", "resource \"aws_instance\" \"many\" { count = 100000000 }\n").evaluate();
        assertEquals(List.of("aws_instance.many[?]"), addresses(r));
        assertTrue(warnings(r).stream().anyMatch(w -> w.contains("Count too large")), warnings(r).toString());
    }

    @Test
    void referenceCyclesBetweenResourcesAreReported() {
        var r = new Tf(dir).file("main.tf", """
                resource "aws_security_group" "a" { description = aws_security_group.b.description }
                resource "aws_security_group" "b" { description = aws_security_group.a.description }
                """).evaluate();
        assertTrue(errors(r).stream().anyMatch(e -> e.contains("Cycle: aws_security_group.a → aws_security_group.b → aws_security_group.a")),
                errors(r).toString());
        assertEquals(2, addresses(r).size());
    }
}
