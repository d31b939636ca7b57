package dev.cloudwright.terraform.hcl;

import java.math.BigDecimal;
import java.util.List;

/** An HCL expression, as written, with its source range. */
public sealed interface Expr {

    Range range();

    /** Whether {@code e} holds a placeholder for a part that failed to parse (the parser reported it). */
    static boolean hasSyntaxError(Expr e) {
        if (e == null) {
            return false;
        }
        if (e instanceof Literal l) {
            return l.value() == Special.INVALID;
        }
        if (e instanceof Template t) {
            return t.parts().stream().anyMatch(Expr::hasSyntaxError);
        }
        if (e instanceof TemplateWrap w) {
            return hasSyntaxError(w.wrapped());
        }
        if (e instanceof TemplateJoin j) {
            return hasSyntaxError(j.tuple());
        }
        if (e instanceof ScopeTraversal t) {
            return invalidStep(t.traversal());
        }
        if (e instanceof RelativeTraversal t) {
            return hasSyntaxError(t.source()) || invalidStep(t.traversal());
        }
        if (e instanceof Index i) {
            return hasSyntaxError(i.collection()) || hasSyntaxError(i.key());
        }
        if (e instanceof Splat sp) {
            return hasSyntaxError(sp.source()) || hasSyntaxError(sp.each());
        }
        if (e instanceof FunctionCall c) {
            return c.args().stream().anyMatch(Expr::hasSyntaxError);
        }
        if (e instanceof Conditional c) {
            return hasSyntaxError(c.condition()) || hasSyntaxError(c.trueResult()) || hasSyntaxError(c.falseResult());
        }
        if (e instanceof BinaryOp b) {
            return hasSyntaxError(b.lhs()) || hasSyntaxError(b.rhs());
        }
        if (e instanceof UnaryOp u) {
            return hasSyntaxError(u.operand());
        }
        if (e instanceof Tuple t) {
            return t.items().stream().anyMatch(Expr::hasSyntaxError);
        }
        if (e instanceof ObjectCons o) {
            return o.items().stream().anyMatch(i -> hasSyntaxError(i.key()) || hasSyntaxError(i.value()));
        }
        if (e instanceof ObjectKey k) {
            return hasSyntaxError(k.wrapped());
        }
        if (e instanceof For f) {
            return hasSyntaxError(f.collection()) || hasSyntaxError(f.keyExpr()) || hasSyntaxError(f.valueExpr()) || hasSyntaxError(f.condition());
        }
        if (e instanceof Parens p) {
            return hasSyntaxError(p.expr());
        }
        return false;
    }

    private static boolean invalidStep(List<Traverser> steps) {
        return steps.stream().anyMatch(s -> s instanceof Traverser.IndexStep ix && ix.key() == Special.INVALID);
    }

    /** Values a literal can hold besides strings, numbers and booleans. */
    enum Special {
        NULL,
        /** Placeholder for an expression that failed to parse. */
        INVALID
    }

    /** {@code value} is a String, a BigDecimal, a Boolean or a {@link Special}. */
    record Literal(Object value, Range range) implements Expr {
        public boolean isString() {
            return value instanceof String;
        }

        public static Literal number(BigDecimal n, Range r) {
            return new Literal(n, r);
        }
    }

    record Template(List<Expr> parts, Range range) implements Expr {
        /** A template that is exactly one literal part. */
        public boolean isStringLiteral() {
            return parts.size() == 1 && parts.get(0) instanceof Literal;
        }
    }

    /** A template consisting of a single interpolation: it evaluates to the wrapped value itself. */
    record TemplateWrap(Expr wrapped, Range range) implements Expr {}

    /** A {@code %{for}} directive: the joined results of a for expression. */
    record TemplateJoin(For tuple, Range range) implements Expr {}

    /** A variable with static steps: {@code var.x}, {@code aws_s3_bucket.b.id}, {@code a[0].b}. */
    record ScopeTraversal(List<Traverser> traversal, Range range) implements Expr {
        public String rootName() {
            return ((Traverser.Root) traversal.get(0)).name();
        }
    }

    /** Static steps applied to the result of another expression: {@code f(x)[0].name}. */
    record RelativeTraversal(Expr source, List<Traverser> traversal, Range range) implements Expr {}

    /** A dynamic index: {@code a[var.i]}. */
    record Index(Expr collection, Expr key, Range range) implements Expr {}

    /** {@code a[*].b} or {@code a.*.b}: {@code each} is evaluated with {@code item} bound to each element. */
    record Splat(Expr source, Expr each, AnonSymbol item, Range range) implements Expr {}

    /** The current element inside a splat. */
    record AnonSymbol(Range range) implements Expr {}

    record FunctionCall(String name, List<Expr> args, boolean expandFinal, Range nameRange, Range range) implements Expr {}

    record Conditional(Expr condition, Expr trueResult, Expr falseResult, Range range) implements Expr {}

    record BinaryOp(Expr lhs, Op op, Expr rhs, Range range) implements Expr {}

    record UnaryOp(Op op, Expr operand, Range range) implements Expr {}

    record Tuple(List<Expr> items, Range range) implements Expr {}

    record ObjectCons(List<Item> items, Range range) implements Expr {}

    /** One {@code key = value} of an object constructor. */
    record Item(ObjectKey key, Expr value) {}

    /** An object key: a bare name is a literal string unless written in parentheses. */
    record ObjectKey(Expr wrapped, boolean forceNonLiteral, Range range) implements Expr {}

    /** {@code [for k, v in coll : value if cond]} or {@code {for k, v in coll : key => value... if cond}}. */
    record For(String keyVar, String valVar, Expr collection, Expr keyExpr, Expr valueExpr, Expr condition, boolean group, Range range)
            implements Expr {}

    record Parens(Expr expr, Range range) implements Expr {}

    /** Operators with HCL's precedence (higher binds tighter). */
    enum Op {
        OR("||", 1), AND("&&", 2), EQUAL("==", 3), NOT_EQUAL("!=", 3), GREATER(">", 4), GREATER_EQ(">=", 4), LESS("<", 4),
        LESS_EQ("<=", 4), ADD("+", 5), SUBTRACT("-", 5), MULTIPLY("*", 6), DIVIDE("/", 6), MODULO("%", 6), NEGATE("-", 7),
        NOT("!", 7);

        private final String symbol;
        private final int precedence;

        Op(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        public String symbol() {
            return symbol;
        }

        public int precedence() {
            return precedence;
        }
    }
}
