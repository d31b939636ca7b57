package dev.cloudwright.terraform.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.terraform.BigStack;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ParserTest {
    static HclFile parse(String src) {
        return Parser.parse("main.tf", src);
    }

    static Expr attr(String src, String name) {
        HclFile f = parse(src);
        assertFalse(f.hasErrors(), () -> f.diagnostics().toString());
        return f.body().attribute(name).orElseThrow().expr();
    }

    @Test
    void blocksAttributesAndRanges() {
        HclFile f = parse("""
                resource "aws_s3_bucket" "logs" {
                  bucket = "my-logs"   # trailing comment
                  tags   = { Name = "logs" }
                }
                """);
        assertFalse(f.hasErrors());
        Body.Block b = f.body().blocks().get(0);
        assertEquals("resource", b.type());
        assertEquals(List.of("aws_s3_bucket", "logs"), b.labels());
        Body.Attribute bucket = b.body().attribute("bucket").orElseThrow();
        assertEquals(2, bucket.nameRange().start().line());
        assertEquals(3, bucket.nameRange().start().column());
        Expr.Template t = assertInstanceOf(Expr.Template.class, bucket.expr());
        assertEquals("\"my-logs\"", t.range().text(f.source()));
        assertEquals(12, t.range().start().column());
    }

    @Test
    void operatorPrecedenceAndAssociativity() {
        Expr e = attr("x = 1 + 2 * 3 - 4\n", "x");
        Expr.BinaryOp sub = assertInstanceOf(Expr.BinaryOp.class, e);
        assertEquals(Expr.Op.SUBTRACT, sub.op());
        Expr.BinaryOp add = assertInstanceOf(Expr.BinaryOp.class, sub.lhs());
        assertEquals(Expr.Op.ADD, add.op());
        assertEquals(Expr.Op.MULTIPLY, assertInstanceOf(Expr.BinaryOp.class, add.rhs()).op());
        Expr c = attr("x = a ? b : c ? d : e\n", "x");
        Expr.Conditional cond = assertInstanceOf(Expr.Conditional.class, c);
        assertInstanceOf(Expr.Conditional.class, cond.falseResult());
        Expr neg = attr("x = -46 + 5\n", "x");
        assertInstanceOf(Expr.UnaryOp.class, assertInstanceOf(Expr.BinaryOp.class, neg).lhs());
    }

    @Test
    void traversalsSplatsAndIndexes() {
        Expr.ScopeTraversal t = assertInstanceOf(Expr.ScopeTraversal.class, attr("x = var.list[0].name\n", "x"));
        assertEquals(4, t.traversal().size());
        assertEquals(new BigDecimal("0"), ((Traverser.IndexStep) t.traversal().get(2)).key());
        Expr.ScopeTraversal legacy = assertInstanceOf(Expr.ScopeTraversal.class, attr("x = var.list.0.id\n", "x"));
        assertInstanceOf(Traverser.IndexStep.class, legacy.traversal().get(2));
        Expr.Splat s = assertInstanceOf(Expr.Splat.class, attr("x = aws_instance.web[*].id\n", "x"));
        assertInstanceOf(Expr.RelativeTraversal.class, s.each());
        assertInstanceOf(Expr.Index.class, attr("x = var.m[var.k]\n", "x"));
        Expr.FunctionCall fc = assertInstanceOf(Expr.FunctionCall.class, attr("x = provider::aws::arn_parse(var.arn)\n", "x"));
        assertEquals("provider::aws::arn_parse", fc.name());
        assertTrue(assertInstanceOf(Expr.FunctionCall.class, attr("x = concat(var.a...)\n", "x")).expandFinal());
    }

    @Test
    void templatesDirectivesAndHeredocs() {
        assertInstanceOf(Expr.TemplateWrap.class, attr("x = \"${var.a}\"\n", "x"));
        Expr.Template t = assertInstanceOf(Expr.Template.class, attr("x = \"a${b}%{if c}d%{else}e%{endif}\"\n", "x"));
        assertEquals(3, t.parts().size());
        assertInstanceOf(Expr.Conditional.class, t.parts().get(2));
        Expr.Template h = assertInstanceOf(Expr.Template.class, attr("x = <<-EOT\n    one\n      two\n    EOT\n", "x"));
        assertEquals("one\n  two\n", ((Expr.Literal) h.parts().get(0)).value());
        Expr.Template strip = assertInstanceOf(Expr.Template.class, attr("x = \"a  ${~ b ~}  c\"\n", "x"));
        assertEquals("a", ((Expr.Literal) strip.parts().get(0)).value());
        assertEquals("c", ((Expr.Literal) strip.parts().get(2)).value());
        Expr.Template esc = assertInstanceOf(Expr.Template.class, attr("x = \"$${lit} %%{lit} \\u00e9\\n\"\n", "x"));
        assertEquals("${lit} %{lit} é\n", ((Expr.Literal) esc.parts().get(0)).value());
    }

    @Test
    void forExpressions() {
        Expr.For f = assertInstanceOf(Expr.For.class, attr("x = {for k, v in var.m : k => v... if v != null}\n", "x"));
        assertEquals("k", f.keyVar());
        assertEquals("v", f.valVar());
        assertTrue(f.group());
        assertInstanceOf(Expr.BinaryOp.class, f.condition());
        Expr.For t = assertInstanceOf(Expr.For.class, attr("x = [for s in var.l : upper(s)]\n", "x"));
        assertEquals(null, t.keyExpr());
    }

    @Test
    void reportsSeveralErrorsWithPositionsAndRecovers() {
        HclFile f = parse("""
                a = "unterminated
                b = 1 c = 2
                ok = true
                d = [1 2]
                """);
        List<Diagnostic> errors = f.diagnostics();
        assertTrue(errors.size() >= 3, errors.toString());
        assertEquals(1, errors.get(0).subject().start().line());
        assertTrue(errors.stream().anyMatch(d -> d.summary().equals("Missing newline after argument") && d.subject().start().line() == 2));
        assertTrue(errors.stream().anyMatch(d -> d.summary().equals("Missing item separator") && d.subject().start().line() == 4));
        assertTrue(f.body().attribute("ok").isPresent(), "parsing continues after errors");
        String msg = errors.stream().filter(d -> d.subject().start().line() == 4).findFirst().orElseThrow().formatWithSnippet(f.source());
        assertTrue(msg.startsWith("main.tf:4:8: error: Missing item separator"), msg);
        assertTrue(msg.contains("\n  d = [1 2]\n         ^"), msg);
    }

    @Test
    void quotedAttributeNamesAndBlocksWithEqualsAreErrors() {
        assertTrue(parse("\"a\" = 1\n").hasErrors());
        assertTrue(parse("a = {\n b = 1\n").hasErrors());
        assertTrue(parse("blk { a = 1\n}\n").hasErrors());
        assertTrue(parse("a = 'x'\n").hasErrors());
    }

    @Test
    @Timeout(30)
    void tenThousandDeepNestingParsesOnABigStack() {
        String deep = "x = " + "[".repeat(10_000) + "1" + "]".repeat(10_000) + "\n";
        try (BigStack stack = new BigStack()) {
            HclFile f = stack.run(() -> parse(deep));
            assertFalse(f.hasErrors(), () -> f.diagnostics().get(0).format());
            assertEquals(1, f.body().attributes().size());
        }
    }

    @Test
    @Timeout(30)
    void deepNestingOnASmallStackIsReportedNotThrown() {
        String deep = "x = " + "(".repeat(200_000) + "1" + ")".repeat(200_000) + "\n";
        HclFile f = parse(deep);
        assertTrue(f.hasErrors());
        assertTrue(f.diagnostics().stream().anyMatch(d -> d.summary().equals("Nesting too deep")));
    }
}
