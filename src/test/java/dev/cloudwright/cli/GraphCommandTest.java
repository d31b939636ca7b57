package dev.cloudwright.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphCommandTest {
    @TempDir
    Path tmp;

    private Path config(String text) throws IOException {
        Files.writeString(tmp.resolve("main.tf"), text);
        return tmp;
    }

    @Test
    void printsJsonWithAttributesAndEdges() throws IOException {
        Path d = config("""
                variable "cidr" { default = "10.1.0.0/16" }
                resource "aws_vpc" "main" { cidr_block = var.cidr }
                resource "aws_subnet" "a" {
                  vpc_id     = aws_vpc.main.id
                  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, 0)
                }
                """);
        Cli c = Cli.run("graph", d.toString(), "--var", "cidr=10.9.0.0/16");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("\"address\": \"aws_subnet.a\""), c.out());
        assertTrue(c.out().contains("\"value\": \"10.9.0.0/24\""), c.out());
        assertTrue(c.out().contains("\"from\": \"aws_subnet.a\""), c.out());
        assertTrue(c.out().contains("\"reason\": \"aws_vpc.main.id is known only after apply\""), c.out());
        assertEquals(c.out(), Cli.run("graph", d.toString(), "--var", "cidr=10.9.0.0/16").out(), "deterministic");
    }

    @Test
    void printsDot() throws IOException {
        Path d = config("resource \"aws_vpc\" \"main\" {}\nresource \"aws_subnet\" \"a\" { vpc_id = aws_vpc.main.id }\n");
        Cli c = Cli.run("graph", d.toString(), "--format", "dot");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().startsWith("digraph terraform {"), c.out());
        assertTrue(c.out().contains("\"aws_subnet.a\" -> \"aws_vpc.main\";"), c.out());
    }

    @Test
    void configurationErrorsExitTwoWithLocatedMessagesAndSnippets() throws IOException {
        Path d = config("resource \"aws_vpc\" \"main\" {\n  cidr_block = \n}\n");
        Cli c = Cli.run("graph", d.toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("main.tf:2:16: error: Invalid expression"), c.err());
        assertEquals(1, c.err().split("error:").length - 1, "one message per problem: " + c.err());
        assertTrue(c.err().contains("    cidr_block = \n                 ^"), "snippet with a caret: " + c.err());
        assertFalse(c.err().contains("at dev.cloudwright"), c.err());
    }

    @Test
    void missingPathIsAUsageError() {
        Cli c = Cli.run("graph", tmp.resolve("nope").toString());
        assertEquals(2, c.code());
        assertTrue(c.err().contains("no such file or directory"), c.err());
    }

    @Test
    void badVarOptionIsReported() throws IOException {
        Path d = config("variable \"x\" {}\n");
        Cli c = Cli.run("graph", d.toString(), "--var", "novalue");
        assertEquals(2, c.code());
        assertTrue(c.err().contains("error: Invalid --var option"), c.err());
    }

    @Test
    void varAndVarFileRepeatInCommandLineOrder() throws IOException {
        Path d = config("variable \"a\" {}\nvariable \"b\" {}\noutput \"ab\" { value = \"${var.a}-${var.b}\" }\n");
        Files.writeString(tmp.resolve("one.tfvars"), "a = \"file1\"\nb = \"file1\"\n");
        Files.writeString(tmp.resolve("two.tfvars"), "b = \"file2\"\n");
        Cli c = Cli.run("graph", d.toString(), "--var", "a=opt", "--var-file", tmp.resolve("one.tfvars").toString(),
                "--var-file", tmp.resolve("two.tfvars").toString(), "--var", "b=last");
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("\"value\": \"file1-last\""), c.out());
        Cli f = Cli.run("graph", d.toString(), "--var", "b=opt", "--var-file", tmp.resolve("one.tfvars").toString(),
                "--var-file", tmp.resolve("two.tfvars").toString());
        assertTrue(f.out().contains("\"value\": \"file1-file2\""), f.out());
    }
}
