package dev.cloudwright.terraform.write;

import static dev.cloudwright.terraform.write.Hcl.attr;
import static dev.cloudwright.terraform.write.Hcl.blank;
import static dev.cloudwright.terraform.write.Hcl.block;
import static dev.cloudwright.terraform.write.Hcl.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cloudwright.terraform.hcl.Hcl2Json;
import dev.cloudwright.terraform.hcl.HclFile;
import dev.cloudwright.terraform.hcl.Parser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected texts were checked with Terraform's formatter (@cdktf/hcl-tools): they are fixed points of terraform fmt. */
class HclTest {

    @Test
    void alignsRunsOfSingleLineArgumentsLikeTerraformFmt() {
        String out = Hcl.render(List.of(block("x", List.of(), List.of(
                attr("a", 1),
                attr("bb", Hcl.object(List.of(Hcl.entry("k", new Hcl.Num(1))))),
                attr("ccc", 2),
                attr("dddd", 3),
                blank(),
                attr("e", "v"),
                attr("m", new Hcl.ObjX(List.of(Hcl.entry("cloudwright:component", Hcl.str("x")),
                        Hcl.entry("Name", Hcl.str("y"))), false))))));
        assertEquals("""
                x {
                  a = 1
                  bb = {
                    k = 1
                  }
                  ccc  = 2
                  dddd = 3

                  e = "v"
                  m = { "cloudwright:component" = "x", Name = "y" }
                }
                """, out);
    }

    @Test
    void listsBlocksAndEscapes() {
        String out = Hcl.render(List.of(
                block("module", List.of("a"), List.of(attr("source", "./m"), attr("l", new Hcl.ListX(List.of(Hcl.str("a"), Hcl.str("b")), true)),
                        attr("b", 2), attr("s", raw("\"${var.x}-y\"")), attr("t", "cost ${literal} 100%{x}"))),
                blank(),
                block("y", List.of("q"), List.of())));
        assertEquals("""
                module "a" {
                  source = "./m"
                  l = [
                    "a",
                    "b",
                  ]
                  b = 2
                  s = "${var.x}-y"
                  t = "cost $${literal} 100%%{x}"
                }

                y "q" {}
                """, out);
        HclFile parsed = Parser.parse("t.tf", out);
        assertEquals(List.of(), parsed.diagnostics());
        assertEquals("cost ${literal} 100%{x}", ((java.util.Map<?, ?>) ((java.util.List<?>) ((java.util.Map<?, ?>) Hcl2Json.convert(parsed)
                .get("module")).get("a")).get(0)).get("t").toString().replace("$${", "${").replace("%%{", "%{"));
    }
}
