package dev.cloudwright.terraform.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cloudwright.terraform.hcl.Diagnostic;
import dev.cloudwright.terraform.hcl.Expr;
import dev.cloudwright.terraform.hcl.Parser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final Value VARS = Value.object(Map.of(
            "name", Value.str("shop"),
            "azs", Value.list(List.of(Value.str("a"), Value.str("b"), Value.str("c"))),
            "sizes", Value.map(Map.of("web", Value.num(2), "db", Value.num(1))),
            "nothing", Value.NULL,
            "subnets", Value.tuple(List.of(
                    Value.object(Map.of("id", Value.str("s-1"), "az", Value.str("a"))),
                    Value.object(Map.of("id", Value.str("s-2"), "az", Value.str("b")))))));

    private static final Scope SCOPE = t -> switch (t.rootName()) {
        case "var" -> new Scope.Resolved(VARS, 1);
        case "aws_vpc" -> new Scope.Resolved(Value.object(Map.of("main", Value.object(Map.of(
                "id", Value.unknown("computed by aws_vpc.main"), "cidr_block", Value.str("10.0.0.0/16"))))), 1);
        default -> throw new EvalError("Unknown reference", "no " + t.rootName(), t.range());
    };

    private static Value eval(String src) {
        List<Diagnostic> diags = new ArrayList<>();
        Expr e = Parser.parseExpression("t.tf", src, diags);
        assertTrue(diags.isEmpty(), () -> diags.toString());
        return new Evaluator(SCOPE, Path.of("."), (f, v, at) -> Value.unknown("no templates")).eval(e);
    }

    private static String show(Value v) {
        return v instanceof Value.Unknown ? "(unknown)" : Functions.jsonEncode(v);
    }

    @Test
    void arithmeticFollowsPrecedenceAndDecimalRules() {
        assertEquals(Value.num(7), eval("1 + 2 * 3"));
        assertEquals(Value.num(9), eval("(1 + 2) * 3"));
        assertEquals("0.1", show(eval("1 / 10")));
        assertEquals(Value.num(1), eval("7 % 3"));
        assertEquals(Value.num(-2), eval("-2"));
        assertEquals(Value.num(5), eval("\"2\" + 3"));
        assertEquals(Value.TRUE, eval("3 >= 3 && !(2 > 3)"));
        assertEquals(Value.num(1), eval("1.0"));
        EvalError e = assertThrows(EvalError.class, () -> eval("1 / 0"));
        assertEquals("Division by zero", e.summary());
    }

    @Test
    void templatesAndDirectives() {
        assertEquals(Value.str("shop-a"), eval("\"${var.name}-${var.azs[0]}\""));
        assertEquals(Value.str("a,b,c,"), eval("\"%{for z in var.azs}${z},%{endfor}\""));
        assertEquals(Value.str("yes"), eval("\"%{if var.name == \"shop\"}yes%{else}no%{endif}\""));
        assertEquals(Value.num(2), eval("\"${var.sizes.web}\""), "a lone interpolation keeps its type");
        EvalError e = assertThrows(EvalError.class, () -> eval("\"x${var.nothing}\""));
        assertEquals("Invalid template interpolation value", e.summary());
    }

    @Test
    void traversalsIndexesAndSplats() {
        assertEquals(Value.str("b"), eval("var.azs[1]"));
        assertEquals(Value.num(1), eval("var.sizes[\"db\"]"));
        assertEquals("[\"s-1\",\"s-2\"]", show(eval("var.subnets[*].id")));
        assertEquals("[\"s-1\",\"s-2\"]", show(eval("var.subnets.*.id")));
        assertEquals("[]", show(eval("var.nothing[*]")));
        assertEquals("s-2", ((Value.Str) eval("var.subnets.1.id")).value());
        EvalError e = assertThrows(EvalError.class, () -> eval("var.azs[5]"));
        assertEquals("Invalid index", e.summary());
        assertThrows(EvalError.class, () -> eval("var.nothing.id"));
        assertThrows(EvalError.class, () -> eval("var.missing"));
    }

    @Test
    void forExpressions() {
        assertEquals("[\"A\",\"B\",\"C\"]", show(eval("[for z in var.azs : upper(z)]")));
        assertEquals("{\"a\":0,\"b\":1}", show(eval("{for i, z in var.azs : z => i if z != \"c\"}")));
        assertEquals("{\"a\":[\"s-1\"],\"b\":[\"s-2\"]}", show(eval("{for s in var.subnets : s.az => s.id...}")));
        assertEquals("[\"db=1\",\"web=2\"]", show(eval("[for k, v in var.sizes : \"${k}=${v}\"]")));
        EvalError dup = assertThrows(EvalError.class, () -> eval("{for z in [\"a\", \"a\"] : z => 1}"));
        assertEquals("Duplicate object key", dup.summary());
    }

    @Test
    void unknownsPropagateInsteadOfBeingGuessed() {
        assertInstanceOf(Value.Unknown.class, eval("aws_vpc.main.id"));
        assertInstanceOf(Value.Unknown.class, eval("\"vpc-${aws_vpc.main.id}\""));
        assertInstanceOf(Value.Unknown.class, eval("upper(aws_vpc.main.id)"));
        assertInstanceOf(Value.Unknown.class, eval("aws_vpc.main.id == \"x\" ? 1 : 2"));
        assertEquals(Value.num(1), eval("aws_vpc.main.id == \"x\" ? 1 : 1"), "both branches agree");
        assertEquals(Value.FALSE, eval("false && aws_vpc.main.id == \"x\""));
        assertEquals(Value.str("10.0.0.0/16"), eval("aws_vpc.main.cidr_block"));
        assertInstanceOf(Value.Unknown.class, eval("timestamp()"));
        assertEquals(Value.num(2), eval("length([aws_vpc.main.id, 1])"), "length needs only the shape");
    }

    @Test
    void tryAndCanAreLazy() {
        assertEquals(Value.str("fallback"), eval("try(var.missing, \"fallback\")"));
        assertEquals(Value.str("shop"), eval("try(var.name, \"fallback\")"));
        assertEquals(Value.FALSE, eval("can(var.azs[9])"));
        assertEquals(Value.TRUE, eval("can(var.azs[0])"));
        assertEquals(Value.str("c"), eval("var.name == \"shop\" ? var.azs[2] : var.azs[99]"), "the branch not taken is not evaluated");
    }

    @Test
    void conditionalsAndEquality() {
        assertEquals(Value.TRUE, eval("[1, 2] == tolist([1, 2])"));
        assertEquals(Value.FALSE, eval("\"1\" == 1"));
        assertEquals(Value.TRUE, eval("var.nothing == null"));
        assertThrows(EvalError.class, () -> eval("var.nothing ? 1 : 2"));
        assertEquals(Value.str("prod"), eval("var.name != \"\" ? \"prod\" : \"dev\""));
    }

    @Test
    void objectKeysAndExpansion() {
        assertEquals("{\"name\":1,\"shop\":2}", show(eval("{ name = 1, (var.name) = 2 }")));
        assertEquals(Value.num(3), eval("max(var.azs[*] == [] ? 0 : 1, 3)"));
        assertEquals(Value.num(5), eval("max([1, 5, 2]...)"));
        assertEquals(Value.num(3), eval("length(var.azs)"));
    }
}
