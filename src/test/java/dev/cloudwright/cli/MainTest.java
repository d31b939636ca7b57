package dev.cloudwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path tmp;

    @Test
    void versionAndHelp() {
        Cli v = Cli.run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("cloudwright "));
        Cli h = Cli.run("design", "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("--output"));
    }

    @Test
    void noCommandIsAUsageError() {
        Cli c = Cli.run();
        assertEquals(2, c.code());
        assertTrue(c.err().contains("a command is required"), c.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli c = Cli.run("design", "--colour", "x.yaml");
        assertEquals(2, c.code());
        assertTrue(c.err().contains("Unknown option"), c.err());
    }

    @Test
    void missingFileIsBadInput() {
        Cli c = Cli.run("design", tmp.resolve("nope.yaml").toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("nope.yaml: error: no such file"), c.err());
    }

    @Test
    void invalidRequirementsGiveLocatedMessagesAndNoStackTrace() throws IOException {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, "name: x\nregions: [us-east1]\nworkload:\n  requests_per_dya: 5\n", StandardCharsets.UTF_8);
        Cli c = Cli.run("design", f.toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains(f + ":2:11: error: unknown AWS region `us-east1` (did you mean `us-east-1`?)"), c.err());
        assertTrue(c.err().contains(f + ":4:3: error: unknown key `requests_per_dya`"), c.err());
        assertFalse(c.err().contains("at dev.cloudwright"), "no stack trace without --debug");
        assertEquals("", c.out());
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, "", StandardCharsets.UTF_8);
        Cli c = Cli.run("--debug", "design", f.toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("at dev.cloudwright"), c.err());
    }

    @Test
    void designWritesBothFiles() throws IOException {
        Path out = tmp.resolve("out/ecommerce");
        Cli c = Cli.run("design", TestFiles.example("ecommerce.yaml").toString(), "-o", out.toString());
        assertEquals(0, c.code(), c.err());
        String md = Files.readString(out.resolve("DESIGN.md"));
        String json = Files.readString(out.resolve("design.json"));
        assertTrue(md.startsWith("# Cloud Architecture Design: E-commerce Platform"));
        assertTrue(json.startsWith("{\n  \"name\": \"E-commerce Platform\""));
        assertTrue(c.err().contains("Wrote "), c.err());
    }

    @Test
    void designPrintsMarkdownOrJsonWithoutOutputDir() {
        Cli md = Cli.run("design", TestFiles.example("startup.yaml").toString());
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("# Cloud Architecture Design: Recipe Sharing App"));
        Cli json = Cli.run("design", "--format", "json", TestFiles.example("startup.yaml").toString());
        assertEquals(0, json.code());
        assertTrue(json.out().startsWith("{"));
    }

    @Test
    void validateReportsEachFile() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: x\n", StandardCharsets.UTF_8);
        Cli c = Cli.run("validate", TestFiles.example("ecommerce.yaml").toString(), bad.toString());
        assertEquals(2, c.code());
        assertTrue(c.out().contains("ecommerce.yaml: ok (E-commerce Platform, us-east-1 + eu-west-1)"), c.out());
        assertTrue(c.err().contains("missing required key `regions`"), c.err());
    }

    @Test
    void unwritableOutputIsBadInput() throws IOException {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        Cli c = Cli.run("design", TestFiles.example("startup.yaml").toString(), "-o", file.resolve("sub").toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("cannot write output"), c.err());
    }
}
