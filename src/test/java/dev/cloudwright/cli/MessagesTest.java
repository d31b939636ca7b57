package dev.cloudwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.TestFiles;
import dev.cloudwright.core.PathCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and wording of the messages every command shares: usage, paths, symbolic links, plurals. */
class MessagesTest {
    @TempDir
    Path tmp;

    // --- 1. hcl2json: exit 2 on bad input, still printing what it could ---

    @Test
    void hcl2jsonSyntaxErrorExitsTwoAndStillPrintsTheGoodFiles() throws IOException {
        Files.writeString(tmp.resolve("bad.tf"), "resource \"x\" {\n");
        Files.writeString(tmp.resolve("good.tf"), "resource \"aws_vpc\" \"m\" {}\n");
        Cli c = Cli.run("hcl2json", tmp.toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.out().contains("{\"file\":\"" + tmp + "/good.tf\",\"json\":{\"resource\":{\"aws_vpc\":{\"m\":[{}]}}}}"), c.out());
        assertTrue(c.out().contains("{\"file\":\"" + tmp + "/bad.tf\",\"error\":"), c.out());
        assertTrue(c.err().contains("bad.tf:1:14: error: Unclosed configuration block"), c.err());
        assertFalse(c.err().contains("at dev.cloudwright"), c.err());
    }

    @Test
    void hcl2jsonMissingPathExitsTwo() throws IOException {
        Files.writeString(tmp.resolve("good.tf"), "a = 1\n");
        Path missing = tmp.resolve("nope.tf");
        Cli c = Cli.run("hcl2json", missing.toString(), tmp.resolve("good.tf").toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains(missing + ": error: no such file or directory"), c.err());
        assertTrue(c.out().contains("{\"file\":\"" + missing + "\",\"error\":\"no such file or directory\"}"), c.out());
        assertTrue(c.out().contains("\"json\":{\"a\":1}"), "the readable file is still converted: " + c.out());
    }

    @Test
    void hcl2jsonGoodInputExitsZero() throws IOException {
        Files.writeString(tmp.resolve("good.tf"), "a = 1\n");
        Cli c = Cli.run("hcl2json", tmp.toString());
        assertEquals(0, c.code(), c.err());
        assertEquals("", c.err());
    }

    // --- 2. no command, unknown command ---

    @Test
    void noCommandListsEveryCommandWithItsDescriptionOnStandardError() {
        Cli c = Cli.run();
        assertEquals(2, c.code());
        assertEquals("", c.out());
        assertTrue(c.err().contains("Commands:"), c.err());
        for (String line : List.of("design    Design an architecture from a requirements file.",
                "validate  Check requirements files", "graph     Read a Terraform root module",
                "hcl2json  Print Terraform files as JSON, one line per .tf file.", "help      Display help")) {
            assertTrue(c.err().contains(line), line + " in " + c.err());
        }
        assertTrue(c.err().contains("cloudwright: a command is required"), c.err());
    }

    @Test
    void unknownCommandNamesTheNearestOne() {
        Cli c = Cli.run("desgin", "x.yaml");
        assertEquals(2, c.code());
        assertTrue(c.err().contains("cloudwright: unknown command `desgin` (did you mean `design`?)"), c.err());
        assertFalse(c.err().contains("at picocli"), c.err());
        Cli g = Cli.run("grahp");
        assertTrue(g.err().contains("unknown command `grahp` (did you mean `graph`?)"), g.err());
        Cli h = Cli.run("hcl");
        assertTrue(h.err().contains("(did you mean `hcl2json`?)"), h.err());
    }

    @Test
    void farOffCommandStillGetsASuggestionAndTheList() {
        Cli c = Cli.run("bogus");
        assertEquals(2, c.code());
        assertTrue(c.err().contains("cloudwright: unknown command `bogus` (did you mean `"), c.err());
        assertTrue(c.err().contains("Commands: design, cost, review, prices, validate, graph, hcl2json, help."), c.err());
        assertEquals("", c.out());
    }

    @Test
    void nearestIsByEditDistance() {
        List<String> names = List.of("design", "validate", "graph", "hcl2json", "help");
        assertEquals("design", Main.nearest("desing", names));
        assertEquals("validate", Main.nearest("valdiate", names));
        assertEquals("help", Main.nearest("hepl", names));
        assertEquals(1, Main.distance("graph", "grpah"));
        assertEquals(0, Main.distance("", ""));
    }

    @Test
    void unknownOptionsKeepPicocliWording() {
        Cli c = Cli.run("--bogus");
        assertEquals(2, c.code());
        assertTrue(c.err().contains("Unknown option: '--bogus'"), c.err());
    }

    // --- 3. a configuration file, or a folder with no configuration ---

    @Test
    void emptyFolderIsNoConfigurationFiles() {
        Cli c = Cli.run("graph", tmp.toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("error: No configuration files in " + tmp), c.err());
        assertEquals("", c.out());
    }

    @Test
    void folderWithOnlyModulesNamesThem() throws IOException {
        Files.createDirectories(tmp.resolve("network"));
        Files.writeString(tmp.resolve("network/main.tf"), "resource \"aws_vpc\" \"m\" {}\n");
        Files.writeString(tmp.resolve("README.md"), "x\n");
        Cli c = Cli.run("graph", tmp.toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("error: No configuration files in " + tmp), c.err());
        assertTrue(c.err().contains("these subdirectories have some: network"), c.err());
    }

    @Test
    void aConfigurationFileStandsForItsDirectory() throws IOException {
        Files.writeString(tmp.resolve("main.tf"), "resource \"aws_vpc\" \"m\" {}\n");
        Files.writeString(tmp.resolve("subnet.tf"), "resource \"aws_subnet\" \"a\" { vpc_id = aws_vpc.m.id }\n");
        Cli c = Cli.run("graph", tmp.resolve("main.tf").toString());
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("\"address\": \"aws_subnet.a\""), "the whole root module is read: " + c.out());
        assertTrue(c.err().contains("note: " + tmp.resolve("main.tf") + " is a configuration file; reading the root module in its directory " + tmp),
                c.err());
        Cli q = Cli.run("graph", "-q", tmp.resolve("main.tf").toString());
        assertEquals(0, q.code(), q.err());
        assertEquals("", q.err());
        Cli h = Cli.run("graph", "--help");
        assertTrue(h.out().contains("A .tf or .tf.json file stands for its directory"), h.out());
    }

    // --- 4. dangling and looping symbolic links ---

    private Path link(String name, String target) throws IOException {
        Path l = tmp.resolve(name);
        try {
            Files.createSymbolicLink(l, Path.of(target));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links not supported here: " + e);
        }
        return l;
    }

    @Test
    void danglingLinkSaysSoInEveryCommand() throws IOException {
        Path l = link("dangling", tmp.resolve("gone").toString());
        String why = l + ": error: dangling symbolic link: " + l + " -> " + tmp.resolve("gone") + ", which does not exist";
        for (List<String> args : List.of(List.of("graph", l.toString()), List.of("design", l.toString()),
                List.of("validate", l.toString()), List.of("hcl2json", l.toString()))) {
            Cli c = Cli.run(args.toArray(String[]::new));
            assertEquals(2, c.code(), args + ": " + c.err());
            assertTrue(c.err().contains(why), args + ": " + c.err());
            assertEquals(1, c.err().split("error:", -1).length - 1, "one message: " + c.err());
            assertFalse(c.err().contains("at dev.cloudwright"), c.err());
        }
    }

    @Test
    void loopingLinkSaysSoInEveryCommand() throws IOException {
        Path a = link("a.tf", "b.tf");
        link("b.tf", "a.tf");
        String why = a + ": error: symbolic link loop: " + a + " -> b.tf -> a.tf (the links never reach a file)";
        for (List<String> args : List.of(List.of("graph", a.toString()), List.of("design", a.toString()),
                List.of("validate", a.toString()), List.of("hcl2json", a.toString()))) {
            Cli c = Cli.run(args.toArray(String[]::new));
            assertEquals(2, c.code(), args + ": " + c.err());
            assertTrue(c.err().contains(why), args + ": " + c.err());
            assertFalse(c.err().contains("Too many levels"), c.err());
        }
        Path self = link("self", "self");
        assertEquals("symbolic link loop: " + self + " -> self (the links never reach a file)", PathCheck.problem(self));
    }

    @Test
    void brokenLinksInsideADirectoryAreReportedByHcl2json() throws IOException {
        Files.writeString(tmp.resolve("main.tf"), "a = 1\n");
        link("dangling.tf", "gone.tf");
        link("l1.tf", "l2.tf");
        link("l2.tf", "l1.tf");
        Cli c = Cli.run("hcl2json", tmp + "/");
        assertEquals(2, c.code(), c.err());
        assertTrue(c.out().contains("{\"file\":\"" + tmp + "/dangling.tf\",\"error\":\"dangling symbolic link: " + tmp
                + "/dangling.tf -> gone.tf, which does not exist\"}"), c.out());
        assertTrue(c.err().contains(tmp + "/l1.tf: error: symbolic link loop: " + tmp + "/l1.tf -> l2.tf -> l1.tf"), c.err());
        assertTrue(c.out().contains("{\"file\":\"" + tmp + "/main.tf\",\"json\":{\"a\":1}}"), c.out());
        assertEquals(4, c.out().lines().count(), "one line per file, in order: " + c.out());
    }

    @Test
    void linkToAnExistingFileIsFine() throws IOException {
        Path target = tmp.resolve("real.tf");
        Files.writeString(target, "a = 1\n");
        Path l = link("l.tf", "real.tf");
        assertEquals(null, PathCheck.problem(l));
        Cli c = Cli.run("hcl2json", l.toString());
        assertEquals(0, c.code(), c.err());
        assertEquals("no such file or directory", PathCheck.problem(tmp.resolve("none")));
    }

    @Test
    void brokenLinksInsideAConfigurationHaveTheSameReason() throws IOException {
        Files.writeString(tmp.resolve("main.tf"), "resource \"aws_vpc\" \"m\" {}\n");
        link("network.tf", "gone.tf");
        link("l1.tf", "l2.tf");
        link("l2.tf", "l1.tf");
        Cli c = Cli.run("graph", tmp.toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().contains(tmp + "/network.tf:1:1: error: Cannot read file; dangling symbolic link: " + tmp
                + "/network.tf -> gone.tf, which does not exist\n"), c.err());
        assertTrue(c.err().contains(tmp + "/l1.tf:1:1: error: Cannot read file; symbolic link loop: " + tmp
                + "/l1.tf -> l2.tf -> l1.tf (the links never reach a file)\n"), c.err());
        assertTrue(c.out().contains("\"address\": \"aws_vpc.m\""), "the other files are still read: " + c.out());
        assertFalse(c.err().contains("Too many levels") || c.err().contains("NoSuchFile"), c.err());
    }

    @Test
    void brokenLinkAsAModuleDirectoryHasTheSameReason() throws IOException {
        Files.writeString(tmp.resolve("main.tf"), "module \"net\" { source = \"./net\" }\nmodule \"app\" { source = \"./app\" }\n");
        link("net", "modules/gone");
        link("app", "app");
        Cli c = Cli.run("graph", tmp.toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().contains(tmp + "/main.tf:1:16: error: Unreadable module directory; Module \"net\": dangling symbolic link: " + tmp
                + "/net -> modules/gone, which does not exist.\n"), c.err());
        assertTrue(c.err().contains(tmp + "/main.tf:2:16: error: Unreadable module directory; Module \"app\": symbolic link loop: " + tmp
                + "/app -> app (the links never reach a file).\n"), c.err());
    }

    @Test
    void brokenLinkAsAVarFileHasTheSameReason() throws IOException {
        Files.writeString(tmp.resolve("main.tf"), "variable \"x\" { default = 1 }\n");
        Path vars = link("prod.tfvars", "shared/prod.tfvars");
        Path loop = link("loop.tfvars", "loop.tfvars");
        Cli c = Cli.run("graph", tmp.toString(), "--var-file", vars.toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().contains(vars + ":1:1: error: Failed to read variables file; dangling symbolic link: " + vars
                + " -> shared/prod.tfvars, which does not exist\n"), c.err());
        Cli l = Cli.run("graph", tmp.toString(), "--var-file", loop.toString());
        assertEquals(2, l.code(), l.err());
        assertTrue(l.err().contains(loop + ":1:1: error: Failed to read variables file; symbolic link loop: " + loop
                + " -> loop.tfvars (the links never reach a file)\n"), l.err());
        Cli missing = Cli.run("graph", tmp.toString(), "--var-file", tmp.resolve("none.tfvars").toString());
        assertTrue(missing.err().contains("error: Failed to read variables file; Given variables file " + tmp.resolve("none.tfvars")
                + " does not exist."), missing.err());
    }

    @Test
    void brokenLinksAmongTheAutomaticVariablesFilesAreReported() throws IOException {
        Files.writeString(tmp.resolve("main.tf"), "variable \"x\" { default = 1 }\n");
        link("prod.auto.tfvars", "../prod.tfvars");
        link("terraform.tfvars", "gone.tfvars");
        Cli c = Cli.run("graph", tmp.toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().contains(tmp + "/prod.auto.tfvars:1:1: error: Failed to read variables file; dangling symbolic link: " + tmp
                + "/prod.auto.tfvars -> ../prod.tfvars, which does not exist\n"), c.err());
        assertTrue(c.err().contains(tmp + "/terraform.tfvars:1:1: warning: Variables file not read; dangling symbolic link: " + tmp
                + "/terraform.tfvars -> gone.tfvars, which does not exist; its values are not used\n"), c.err());
    }

    // --- 5. a file skipped for its size makes the result partial ---

    /** Runs with the size limit set to {@code limit} bytes. */
    private static Cli withLimit(String limit, String... args) {
        String before = System.getProperty("cloudwright.maxFileBytes");
        System.setProperty("cloudwright.maxFileBytes", limit);
        try {
            return Cli.run(args);
        } finally {
            if (before == null) {
                System.clearProperty("cloudwright.maxFileBytes");
            } else {
                System.setProperty("cloudwright.maxFileBytes", before);
            }
        }
    }

    private Path configWithABigFile() throws IOException {
        Files.writeString(tmp.resolve("main.tf"), "variable \"env\" {}\nresource \"aws_vpc\" \"m\" {}\n");
        Files.writeString(tmp.resolve("big.tf"), "# " + "x".repeat(298) + "\nresource \"aws_vpc\" \"big\" {}\n");
        return tmp;
    }

    @Test
    void aSkippedFileMakesThePartialResultExitOneAndSaysSoEvenWhenQuiet() throws IOException {
        Path d = configWithABigFile();
        String skip = d + "/big.tf:1:1: warning: File skipped; file is 329 bytes, over the 200-byte limit"
                + " (-Dcloudwright.maxFileBytes=BYTES raises it)\n";
        String partial = "cloudwright: partial result: 1 file was skipped (" + d + "/big.tf), so what it declares is missing;"
                + " --strict makes this an error\n";
        Cli c = withLimit("200", "graph", d.toString());
        assertEquals(1, c.code(), c.err());
        assertTrue(c.err().contains(skip), c.err());
        assertTrue(c.err().endsWith(partial), c.err());
        assertTrue(c.err().contains("warning: No value for required variable"), c.err());
        assertTrue(c.out().contains("\"address\": \"aws_vpc.m\""), c.out());
        assertFalse(c.out().contains("aws_vpc.big"), c.out());
        Cli q = withLimit("200", "graph", "-q", d.toString());
        assertEquals(1, q.code(), q.err());
        assertEquals(skip + partial, q.err(), "quiet leaves out other warnings, not the partial result");
    }

    @Test
    void strictMakesASkippedFileAnError() throws IOException {
        Path d = configWithABigFile();
        Cli c = withLimit("200", "graph", "--strict", "-q", d.toString());
        assertEquals(2, c.code(), c.err());
        assertEquals(d + "/big.tf:1:1: error: File skipped; file is 329 bytes, over the 200-byte limit (-Dcloudwright.maxFileBytes=BYTES raises it)\n",
                c.err());
        Cli h = Cli.run("graph", "--help");
        assertTrue(h.out().contains("--strict"), h.out());
    }

    @Test
    void theSizeLimitCanBeRaised() throws IOException {
        Path d = configWithABigFile();
        Cli c = withLimit("400", "graph", "-q", d.toString());
        assertEquals(0, c.code(), c.err());
        assertEquals("", c.err());
        assertTrue(c.out().contains("\"address\": \"aws_vpc.big\""), c.out());
    }

    // --- errors inside modules name the module instance ---

    @Test
    void anErrorInsideAModuleNamesTheInstanceItWasRaisedIn() throws IOException {
        Files.createDirectories(tmp.resolve("modules/net/subnets"));
        Files.writeString(tmp.resolve("main.tf"), """
                module "net" {
                  source   = "./modules/net"
                  for_each = toset(["eu", "us"])
                  region   = each.key
                }
                """);
        Files.writeString(tmp.resolve("modules/net/main.tf"), """
                variable "region" { type = string }
                module "subnets" {
                  source = "./subnets"
                  count  = 1
                  region = var.region
                }
                """);
        Files.writeString(tmp.resolve("modules/net/subnets/main.tf"), """
                variable "region" { type = string }
                resource "aws_subnet" "s" {
                  vpc_id     = "vpc-1"
                  cidr_block = var.region == "eu" ? cidrsubnet("10.0.0.0/16", 99, 0) : "10.0.0.0/24"
                  tags       = { Name = var.name }
                }
                """);
        Cli c = Cli.run("graph", "-q", tmp.toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().contains(tmp + "/modules/net/subnets/main.tf:4:37: error: Error in function call"
                + " (in module.net[\"eu\"].module.subnets[0]); Call to function \"cidrsubnet\" failed: insufficient address space to extend"
                + " prefix of 16 by 99\n"), c.err());
        assertTrue(c.err().contains(tmp + "/modules/net/subnets/main.tf:5:25: error: Reference to undeclared input variable"
                + " (in module.net[\"eu\"].module.subnets[0] and 1 other instance); An input variable with the name \"name\" has not been"
                + " declared.\n"), c.err());
        assertEquals(2, c.err().split("error:", -1).length - 1, "each problem once: " + c.err());
    }

    @Test
    void anErrorInTheRootModuleNamesNoInstance() throws IOException {
        Files.writeString(tmp.resolve("main.tf"), "output \"x\" { value = var.nope }\n");
        Cli c = Cli.run("graph", "-q", tmp.toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().startsWith(tmp + "/main.tf:1:22: error: Reference to undeclared input variable; An input variable"), c.err());
    }

    // --- 6. plurals ---

    @Test
    void designSummarySaysOneEscalation() {
        Cli c = Cli.run("design", TestFiles.example("startup.yaml").toString(), "-o", tmp.resolve("out").toString());
        assertEquals(0, c.code(), c.err());
        // The plural is the point here; the price is the design's (checked in its golden document).
        assertTrue(java.util.regex.Pattern.compile("\\$[0-9,]+ a month, 1 escalation\n").matcher(c.err()).find(), c.err());
        Cli e = Cli.run("design", TestFiles.example("ecommerce.yaml").toString(), "-o", tmp.resolve("out2").toString());
        assertTrue(e.err().contains(" a month, 6 escalations\n"), e.err());
    }
}
