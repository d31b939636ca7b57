package dev.cloudwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate on Terraform: problems in file, line and column order, each once, without follow-on errors. */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** The first line of each message (without the source snippets). */
    private static List<String> messages(String err) {
        return err.lines().filter(l -> !l.startsWith(" ")).toList();
    }

    @Test
    void aValidConfigurationIsOk() throws IOException {
        write("main.tf", "resource \"aws_vpc\" \"m\" {}\ndata \"aws_region\" \"r\" {}\n");
        Cli c = Cli.run("validate", tmp.toString());
        assertEquals(0, c.code(), c.err());
        assertEquals(tmp + ": ok (Terraform: 1 resource instance, 1 data source)\n", c.out());
        assertEquals("", c.err());
        Cli f = Cli.run("validate", "-q", tmp.resolve("main.tf").toString());
        assertEquals(0, f.code(), f.err());
        assertEquals(tmp + ": ok (Terraform: 1 resource instance, 1 data source)\n", f.out(), "a .tf file stands for its directory");
    }

    @Test
    void requirementsFilesAndConfigurationsTogether() throws IOException {
        write("tf/main.tf", "output \"x\" { value = var.nope }\n");
        Cli c = Cli.run("validate", TestFiles.example("startup.yaml").toString(), tmp.resolve("tf").toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.out().contains("startup.yaml: ok ("), c.out());
        assertEquals(List.of(tmp + "/tf/main.tf:1:22: error: Reference to undeclared input variable; An input variable with the name \"nope\""
                + " has not been declared."), messages(c.err()));
    }

    @Test
    void problemsAreInFileLineAndColumnOrder() throws IOException {
        // Found in another order: the unsupported block while loading, then locals, the module, the outputs.
        write("a.tf", "output \"one\" { value = upper(1, 2) }\nlocals { a = cidrsubnet(\"10.0.0.0/16\", 99, 0) }\n");
        write("b.tf", "output \"two\" { value = tonumber(\"x\") }\nresorce \"aws_vpc\" \"v\" {}\n");
        write("main.tf", "module \"m\" { source = \"./m\" }\n");
        write("m/main.tf", "output \"z\" { value = var.missing }\n");
        Cli c = Cli.run("validate", "-q", tmp.toString());
        assertEquals(2, c.code(), c.err());
        assertEquals(List.of(
                tmp + "/a.tf:1:24: error: Invalid function arguments; Function \"upper\" takes 1 argument, got 2.",
                tmp + "/a.tf:2:14: error: Error in function call; Call to function \"cidrsubnet\" failed: insufficient address space to extend"
                        + " prefix of 16 by 99",
                tmp + "/b.tf:1:24: error: Invalid function argument; tonumber: a number is required, got the string \"x\"",
                tmp + "/b.tf:2:1: error: Unsupported block type; Blocks of type \"resorce\" are not expected here.",
                tmp + "/m/main.tf:1:22: error: Reference to undeclared input variable (in module.m); An input variable with the name \"missing\""
                        + " has not been declared."), messages(c.err()));
        assertEquals("", c.out());
    }

    @Test
    void anUnclosedBlockDoesNotMakeEveryReferenceToWhatItHidesAnError() throws IOException {
        write("main.tf", "variable \"region\" {\n  default = \"eu-west-1\"\n\nlocals {\n  zone = \"${var.region}a\"\n}\n");
        write("bucket.tf", "resource \"aws_s3_bucket\" \"a\" {\n  bucket = \"${local.zone}-${var.region}\"\n}\n");
        Cli c = Cli.run("validate", tmp.toString());
        assertEquals(2, c.code(), c.err());
        assertEquals(List.of(tmp + "/main.tf:1:19: error: Unclosed configuration block; There is no closing brace for this block before the end of"
                + " the file. This may be caused by incorrect brace nesting elsewhere in this file."), messages(c.err()));
    }

    @Test
    void whatIsLeftOfAnExpressionWithASyntaxErrorIsNotCheckedAgain() throws IOException {
        // The parser keeps "[" as a one-element tuple; converting that to a string would be a second error.
        write("main.tf", "variable \"region\" {\n  type    = string\n  default = [\n}\n");
        Cli c = Cli.run("validate", tmp.toString());
        assertEquals(2, c.code(), c.err());
        assertEquals(List.of(tmp + "/main.tf:4:1: error: Invalid expression; Expected the start of an expression, but found an invalid expression"
                + " token."), messages(c.err()));
    }

    @Test
    void valuesDerivedFromAFailedExpressionRaiseNoFurtherMessages() throws IOException {
        write("main.tf", """
                locals {
                  zones = var.zonse
                  names = [for z in local.zones : "subnet-${z}"]
                }
                variable "zones" { default = ["a"] }
                resource "aws_subnet" "s" {
                  count      = length(local.zones)
                  vpc_id     = "v"
                  cidr_block = cidrsubnet("10.0.0.0/16", 8, count.index)
                }
                resource "aws_route_table" "r" {
                  for_each = toset(local.names)
                  vpc_id   = "v"
                }
                module "m" {
                  source = "./m"
                  name   = local.names[0]
                }
                """);
        write("m/main.tf", "variable \"name\" { type = number }\noutput \"n\" { value = var.name + 1 }\n");
        Cli c = Cli.run("validate", tmp.toString());
        assertEquals(2, c.code(), c.err());
        assertEquals(List.of(tmp + "/main.tf:2:11: error: Reference to undeclared input variable; An input variable with the name \"zonse\" has"
                + " not been declared."), messages(c.err()), "no count, for_each or conversion message follows");
    }

    @Test
    void aPartialResultIsExitOneOrWithStrictTwo() throws IOException {
        write("main.tf", "resource \"aws_vpc\" \"m\" {}\n");
        write("big.tf", "# " + "x".repeat(300) + "\n");
        System.setProperty("cloudwright.maxFileBytes", "200");
        try {
            Cli c = Cli.run("validate", "-q", tmp.toString());
            assertEquals(1, c.code(), c.err());
            assertEquals(List.of(tmp + "/big.tf:1:1: warning: File skipped; file is 303 bytes, over the 200-byte limit"
                    + " (-Dcloudwright.maxFileBytes=BYTES raises it)", "cloudwright: partial result: 1 file was skipped (" + tmp
                    + "/big.tf), so what it declares is missing; --strict makes this an error"), messages(c.err()));
            assertEquals("", c.out());
            Cli s = Cli.run("validate", "--strict", tmp.toString());
            assertEquals(2, s.code(), s.err());
            assertTrue(s.err().startsWith(tmp + "/big.tf:1:1: error: File skipped;"), s.err());
            assertFalse(s.err().contains("partial result"), s.err());
        } finally {
            System.clearProperty("cloudwright.maxFileBytes");
        }
    }

    @Test
    void referencesToWhatASkippedFileDeclaresAreNotErrors() throws IOException {
        write("main.tf", "resource \"aws_subnet\" \"s\" {\n  vpc_id = aws_vpc.big.id\n  cidr_block = var.cidr\n}\n");
        write("big.tf", "# " + "x".repeat(300) + "\nresource \"aws_vpc\" \"big\" {}\nvariable \"cidr\" {}\n");
        System.setProperty("cloudwright.maxFileBytes", "200");
        try {
            Cli c = Cli.run("validate", "-q", tmp.toString());
            assertEquals(1, c.code(), "partial, and nothing else wrong: " + c.err());
        } finally {
            System.clearProperty("cloudwright.maxFileBytes");
        }
    }

    @Test
    void requirementsProblemsAreInLineOrderToo() throws IOException {
        Path f = write("r.yaml", "workload:\n  requests_per_dya: 5\nname: x\nregions: [us-east1]\n");
        Cli c = Cli.run("validate", f.toString());
        assertEquals(2, c.code(), c.err());
        assertEquals(List.of(f + ":2:3: error: unknown key `requests_per_dya` in `workload` (did you mean `requests_per_day`?)",
                f + ":4:11: error: unknown AWS region `us-east1` (did you mean `us-east-1`?)"), messages(c.err()));
    }
}
