package dev.cloudwright.terraform.eval;

import dev.cloudwright.terraform.hcl.Expr;
import dev.cloudwright.terraform.hcl.Range;
import dev.cloudwright.terraform.hcl.Traverser;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Evaluates HCL expressions to {@link Value}s the way Terraform does, except that anything not known
 * offline becomes {@link Value.Unknown} and propagates. References are resolved by a {@link Scope};
 * the variables of {@code for} expressions and splats are bound here.
 */
public final class Evaluator {

    /** Renders {@code templatefile} templates; supplied by the module loader. */
    public interface TemplateRenderer {
        Value render(Path file, Value vars, Range at);
    }

    private static final MathContext MATH = MathContext.DECIMAL128;

    private final Scope scope;
    private final Path moduleDir;
    private final TemplateRenderer templates;

    public Evaluator(Scope scope, Path moduleDir, TemplateRenderer templates) {
        this.scope = scope;
        this.moduleDir = moduleDir;
        this.templates = templates;
    }

    /** A chain of local bindings: for-expression symbols and the current splat item. */
    private record Frame(Object key, Value value, Frame parent) {
        Value lookup(Object k) {
            for (Frame f = this; f != null; f = f.parent) {
                if (f.key.equals(k)) {
                    return f.value;
                }
            }
            return null;
        }
    }

    /** Evaluates an expression; throws {@link EvalError} when it cannot be evaluated. */
    public Value eval(Expr e) {
        return eval(e, (Frame) null);
    }

    /** Evaluates an expression with extra named values in scope (e.g. a template's variables). */
    public Value eval(Expr e, Map<String, Value> names) {
        Frame f = null;
        if (names != null) {
            for (Map.Entry<String, Value> n : names.entrySet()) {
                f = new Frame(n.getKey(), n.getValue(), f);
            }
        }
        return eval(e, f);
    }

    private Value eval(Expr e, Frame f) {
        if (e instanceof Expr.Literal l) {
            return literal(l);
        }
        if (e instanceof Expr.Template t) {
            return template(t, f);
        }
        if (e instanceof Expr.TemplateWrap w) {
            return eval(w.wrapped(), f);
        }
        if (e instanceof Expr.TemplateJoin j) {
            return templateJoin(j, f);
        }
        if (e instanceof Expr.ScopeTraversal t) {
            return traversal(t, f);
        }
        if (e instanceof Expr.RelativeTraversal r) {
            return applySteps(eval(r.source(), f), r.traversal(), 0);
        }
        if (e instanceof Expr.Index i) {
            return index(eval(i.collection(), f), eval(i.key(), f), i.key().range());
        }
        if (e instanceof Expr.Splat s) {
            return splat(s, f);
        }
        if (e instanceof Expr.AnonSymbol a) {
            Value v = f == null ? null : f.lookup(a);
            if (v == null) {
                throw new EvalError("Invalid splat", "A splat item is used outside a splat expression.", a.range());
            }
            return v;
        }
        if (e instanceof Expr.FunctionCall c) {
            return call(c, f);
        }
        if (e instanceof Expr.Conditional c) {
            return conditional(c, f);
        }
        if (e instanceof Expr.BinaryOp b) {
            return binary(b, f);
        }
        if (e instanceof Expr.UnaryOp u) {
            return unary(u, f);
        }
        if (e instanceof Expr.Tuple t) {
            List<Value> items = new ArrayList<>(t.items().size());
            for (Expr item : t.items()) {
                items.add(eval(item, f));
            }
            return Value.tuple(items);
        }
        if (e instanceof Expr.ObjectCons o) {
            return object(o, f);
        }
        if (e instanceof Expr.ObjectKey k) {
            return eval(k.wrapped(), f);
        }
        if (e instanceof Expr.For fe) {
            return forExpr(fe, f);
        }
        if (e instanceof Expr.Parens p) {
            return eval(p.expr(), f);
        }
        throw new IllegalStateException("unhandled expression " + e.getClass().getSimpleName());
    }

    private static Value literal(Expr.Literal l) {
        Object v = l.value();
        if (v instanceof String s) {
            return Value.str(s);
        }
        if (v instanceof BigDecimal n) {
            return Value.num(n);
        }
        if (v instanceof Boolean b) {
            return Value.bool(b);
        }
        if (v == Expr.Special.NULL) {
            return Value.NULL;
        }
        // A syntax error already reported by the parser: evaluate on without a second message.
        return Value.invalid("the expression has a syntax error");
    }

    private Value template(Expr.Template t, Frame f) {
        StringBuilder sb = new StringBuilder();
        Value.Unknown unknown = null;
        for (Expr part : t.parts()) {
            Value v = eval(part, f);
            if (v instanceof Value.Unknown u) {
                unknown = unknown == null ? u : unknown;
                continue;
            }
            if (v.isNull()) {
                throw new EvalError("Invalid template interpolation value",
                        "The expression result is null. Cannot include a null value in a string template.", part.range());
            }
            if (!v.isWhollyKnown()) {
                unknown = unknown == null ? v.firstUnknown() : unknown;
                continue;
            }
            try {
                sb.append(Convert.toStringValue(v));
            } catch (Convert.ConversionError ex) {
                throw new EvalError("Invalid template interpolation value",
                        "Cannot include the given value in a string template: string required, got " + v.typeName() + ".", part.range());
            }
        }
        return unknown != null ? unknown : Value.str(sb.toString());
    }

    private Value templateJoin(Expr.TemplateJoin j, Frame f) {
        Value v = forExpr(j.tuple(), f);
        if (v instanceof Value.Unknown) {
            return v;
        }
        StringBuilder sb = new StringBuilder();
        for (Value item : ((Value.Seq) v).items()) {
            if (item instanceof Value.Unknown) {
                return item;
            }
            sb.append(Convert.toStringValue(item));
        }
        return Value.str(sb.toString());
    }

    // ------------------------------------------------------------------ references

    private Value traversal(Expr.ScopeTraversal t, Frame f) {
        String root = t.rootName();
        Value local = f == null ? null : f.lookup(root);
        if (local != null) {
            return applySteps(local, t.traversal(), 1);
        }
        Scope.Resolved r = scope.resolve(t);
        return applySteps(r.value(), t.traversal(), r.steps());
    }

    /** Applies traversal steps from {@code from} on. */
    public static Value applySteps(Value v, List<Traverser> steps, int from) {
        for (int i = from; i < steps.size(); i++) {
            Traverser s = steps.get(i);
            if (s instanceof Traverser.Attr a) {
                v = attribute(v, a.name(), a.range());
            } else if (s instanceof Traverser.IndexStep ix) {
                Object k = ix.key();
                v = index(v, k instanceof String str ? Value.str(str) : Value.num((BigDecimal) k), ix.range());
            } else {
                throw new IllegalStateException("root step inside a traversal");
            }
        }
        return v;
    }

    static Value attribute(Value v, String name, Range at) {
        if (v instanceof Value.Unknown) {
            return v;
        }
        if (v instanceof Value.Obj o) {
            Value a = o.attribute(name);
            if (a == null) {
                if (o.kind() == Value.MapKind.MAP) {
                    throw new EvalError("Missing map element", "This map does not have an element with the key \"" + name + "\".", at);
                }
                throw new EvalError("Unsupported attribute", "This object does not have an attribute named \"" + name + "\".", at);
            }
            return a;
        }
        if (v.isNull()) {
            throw new EvalError("Attempt to get attribute from null value", "This value is null, so it does not have any attributes.", at);
        }
        throw new EvalError("Unsupported attribute", "Can't access attributes on a " + v.typeName() + " value.", at);
    }

    static Value index(Value coll, Value key, Range at) {
        if (coll instanceof Value.Unknown) {
            return coll;
        }
        if (key instanceof Value.Unknown) {
            return key;
        }
        if (coll.isNull()) {
            throw new EvalError("Attempt to index null value", "This value is null, so it does not have any indices.", at);
        }
        if (key.isNull()) {
            throw new EvalError("Invalid index", "Can't use a null value as an indexing key.", at);
        }
        if (coll instanceof Value.Seq s) {
            if (s.kind() == Value.SeqKind.SET) {
                throw new EvalError("Invalid index", "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.", at);
            }
            BigDecimal n;
            try {
                n = Convert.toNumber(key);
            } catch (Convert.ConversionError e) {
                throw new EvalError("Invalid index", "The given key does not identify an element in this collection value: a number is required.", at);
            }
            int i;
            try {
                i = n.intValueExact();
            } catch (ArithmeticException e) {
                throw new EvalError("Invalid index", "The given key does not identify an element in this collection value: a whole number is required.", at);
            }
            if (i < 0 || i >= s.items().size()) {
                throw new EvalError("Invalid index", "The given key does not identify an element in this collection value: the collection has "
                        + s.items().size() + " element" + (s.items().size() == 1 ? "" : "s") + " and index " + i + " is out of range.", at);
            }
            return s.items().get(i);
        }
        if (coll instanceof Value.Obj o) {
            String k;
            try {
                k = Convert.toStringValue(key);
            } catch (Convert.ConversionError e) {
                throw new EvalError("Invalid index", "The given key does not identify an element in this collection value: a string is required.", at);
            }
            Value v = o.attribute(k);
            if (v == null) {
                throw new EvalError("Invalid index", "The given key does not identify an element in this collection value.", at);
            }
            return v;
        }
        throw new EvalError("Invalid index", "This value does not have any indices.", at);
    }

    private Value splat(Expr.Splat s, Frame f) {
        Value src = eval(s.source(), f);
        if (src instanceof Value.Unknown) {
            return src;
        }
        List<Value> items;
        if (src.isNull()) {
            return Value.tuple(List.of());
        } else if (src instanceof Value.Seq seq) {
            items = seq.items();
        } else {
            // A splat on a single value treats it as a one-element list.
            items = List.of(src);
        }
        List<Value> out = new ArrayList<>(items.size());
        for (Value item : items) {
            out.add(eval(s.each(), new Frame(s.item(), item, f)));
        }
        if (src instanceof Value.Seq seq && seq.kind() == Value.SeqKind.LIST) {
            return Value.list(out);
        }
        return Value.tuple(out);
    }

    // ------------------------------------------------------------------ functions

    private Value call(Expr.FunctionCall c, Frame f) {
        String name = c.name();
        if (name.equals("try")) {
            return tryFn(c, f);
        }
        if (name.equals("can")) {
            return canFn(c, f);
        }
        List<Value> args = new ArrayList<>(c.args().size());
        for (int i = 0; i < c.args().size(); i++) {
            Value v = eval(c.args().get(i), f);
            if (c.expandFinal() && i == c.args().size() - 1) {
                if (v instanceof Value.Unknown) {
                    return v;
                }
                if (!(v instanceof Value.Seq s)) {
                    throw new EvalError("Invalid expanding argument value", "The expanding argument (indicated by ...) must be of a tuple, list, or set type.",
                            c.args().get(i).range());
                }
                args.addAll(s.items());
            } else {
                args.add(v);
            }
        }
        Range at = c.range();
        Value result = Functions.call(name, args, new Functions.Context() {
            @Override
            public Range range() {
                return at;
            }

            @Override
            public Path moduleDir() {
                return moduleDir;
            }

            @Override
            public Value renderTemplate(Path file, Value vars) {
                return templates.render(file, vars, at);
            }
        });
        // jsonencode of a value with unknown parts is unknown, as in Terraform; it remembers what it encodes and where.
        if (name.equals("jsonencode") && args.size() == 1 && c.args().size() == 1 && result instanceof Value.Unknown u && !(args.get(0) instanceof Value.Unknown)) {
            return u.encoding(new Value.Encoded(args.get(0), EncodedPositions.of(c.args().get(0))));
        }
        return result;
    }

    private Value tryFn(Expr.FunctionCall c, Frame f) {
        if (c.args().isEmpty()) {
            throw new EvalError("Invalid function arguments", "Function \"try\" requires at least one argument.", c.range());
        }
        EvalError last = null;
        for (Expr a : c.args()) {
            try {
                Value v = eval(a, f);
                // An unknown result might fail once known, so the outcome is unknown too.
                if (!v.isWhollyKnown()) {
                    return v.firstUnknown();
                }
                return v;
            } catch (EvalError e) {
                last = e;
            }
        }
        throw new EvalError("Error in function call", "Call to function \"try\" failed: no expression succeeded; the last error was: "
                + last.summary() + ": " + last.getMessage(), c.range());
    }

    private Value canFn(Expr.FunctionCall c, Frame f) {
        if (c.args().size() != 1) {
            throw new EvalError("Invalid function arguments", "Function \"can\" takes 1 argument, got " + c.args().size() + ".", c.range());
        }
        try {
            Value v = eval(c.args().get(0), f);
            return v.isWhollyKnown() ? Value.TRUE : v.firstUnknown();
        } catch (EvalError e) {
            return Value.FALSE;
        }
    }

    // ------------------------------------------------------------------ operators

    private Value conditional(Expr.Conditional c, Frame f) {
        Value cond = eval(c.condition(), f);
        if (cond instanceof Value.Unknown u) {
            // Both branches may still agree.
            Value t = tryEval(c.trueResult(), f);
            Value e = tryEval(c.falseResult(), f);
            if (t != null && t.isWhollyKnown() && t.equals(e)) {
                return t;
            }
            return u;
        }
        if (cond.isNull()) {
            throw new EvalError("Null condition", "The condition value is null. Conditions must either be true or false.", c.condition().range());
        }
        boolean b;
        try {
            b = Convert.toBool(cond);
        } catch (Convert.ConversionError e) {
            throw new EvalError("Incorrect condition type", "The condition expression must be of type bool.", c.condition().range());
        }
        return eval(b ? c.trueResult() : c.falseResult(), f);
    }

    private Value tryEval(Expr e, Frame f) {
        try {
            return eval(e, f);
        } catch (EvalError ex) {
            return null;
        }
    }

    private Value binary(Expr.BinaryOp b, Frame f) {
        Expr.Op op = b.op();
        Value l = eval(b.lhs(), f);
        if (op == Expr.Op.AND || op == Expr.Op.OR) {
            Boolean lb = l instanceof Value.Unknown ? null : bool(l, b.lhs());
            if (lb != null && (op == Expr.Op.AND ? !lb : lb)) {
                return Value.bool(lb);
            }
            Value r = eval(b.rhs(), f);
            Boolean rb = r instanceof Value.Unknown ? null : bool(r, b.rhs());
            if (lb == null || rb == null) {
                if (rb != null && (op == Expr.Op.AND ? !rb : rb)) {
                    return Value.bool(rb);
                }
                return l instanceof Value.Unknown ? l : r;
            }
            return Value.bool(rb);
        }
        Value r = eval(b.rhs(), f);
        if (op == Expr.Op.EQUAL || op == Expr.Op.NOT_EQUAL) {
            Value eq = equality(l, r);
            return eq instanceof Value.Bool e && op == Expr.Op.NOT_EQUAL ? Value.bool(!e.value()) : eq;
        }
        if (l instanceof Value.Unknown) {
            return l;
        }
        if (r instanceof Value.Unknown) {
            return r;
        }
        BigDecimal x = number(l, b.lhs());
        BigDecimal y = number(r, b.rhs());
        try {
            return switch (op) {
                case ADD -> Value.num(x.add(y, MATH));
                case SUBTRACT -> Value.num(x.subtract(y, MATH));
                case MULTIPLY -> Value.num(x.multiply(y, MATH));
                case DIVIDE -> {
                    if (y.signum() == 0) {
                        throw new EvalError("Division by zero", "Can't divide by zero.", b.rhs().range());
                    }
                    yield Value.num(x.divide(y, MATH));
                }
                case MODULO -> {
                    if (y.signum() == 0) {
                        throw new EvalError("Division by zero", "Can't use modulo by zero.", b.rhs().range());
                    }
                    yield Value.num(x.remainder(y, MATH));
                }
                case GREATER -> Value.bool(x.compareTo(y) > 0);
                case GREATER_EQ -> Value.bool(x.compareTo(y) >= 0);
                case LESS -> Value.bool(x.compareTo(y) < 0);
                case LESS_EQ -> Value.bool(x.compareTo(y) <= 0);
                default -> throw new IllegalStateException("operator " + op);
            };
        } catch (ArithmeticException e) {
            throw new EvalError("Invalid arithmetic", "The result is out of range: " + e.getMessage() + ".", b.range());
        }
    }

    private Value unary(Expr.UnaryOp u, Frame f) {
        Value v = eval(u.operand(), f);
        if (v instanceof Value.Unknown) {
            return v;
        }
        if (u.op() == Expr.Op.NOT) {
            return Value.bool(!bool(v, u.operand()));
        }
        return Value.num(number(v, u.operand()).negate());
    }

    private static BigDecimal number(Value v, Expr at) {
        if (v.isNull()) {
            throw new EvalError("Invalid operand", "Unsuitable value for an arithmetic operand: a number is required, got null.", at.range());
        }
        try {
            return Convert.toNumber(v);
        } catch (Convert.ConversionError e) {
            throw new EvalError("Invalid operand", "Unsuitable value for an arithmetic operand: " + e.getMessage() + ".", at.range());
        }
    }

    private static boolean bool(Value v, Expr at) {
        if (v.isNull()) {
            throw new EvalError("Invalid operand", "Unsuitable value for a logical operand: a bool is required, got null.", at.range());
        }
        try {
            return Convert.toBool(v);
        } catch (Convert.ConversionError e) {
            throw new EvalError("Invalid operand", "Unsuitable value for a logical operand: " + e.getMessage() + ".", at.range());
        }
    }

    /**
     * Terraform's {@code ==} when values may be Unknown (cty's {@code Equals}): TRUE, FALSE, or the Unknown
     * the answer depends on. Only the top level decides nullness, so a known collection compares with null
     * even when its elements are Unknown; collections of different shapes (length, keys) are unequal;
     * otherwise elements are compared in order and the first Unknown comparison makes the answer Unknown
     * (for objects and maps, whose order cty does not fix, any Unknown one does; for sets, any Unknown element).
     */
    public static Value equality(Value a, Value b) {
        if (a instanceof Value.Unknown u) {
            return u;
        }
        if (b instanceof Value.Unknown u) {
            return u;
        }
        if (a.isNull() || b.isNull()) {
            return Value.bool(a.isNull() && b.isNull());
        }
        if (a.isWhollyKnown() && b.isWhollyKnown() && !(a instanceof Value.Obj x && x.unknownRest() != null)
                && !(b instanceof Value.Obj y && y.unknownRest() != null)) {
            return Value.bool(equal(a, b));
        }
        if (a instanceof Value.Seq x && b instanceof Value.Seq y) {
            if ((x.kind() == Value.SeqKind.SET) != (y.kind() == Value.SeqKind.SET)) {
                return Value.FALSE;
            }
            if (x.kind() == Value.SeqKind.SET) {
                return x.isWhollyKnown() ? y.firstUnknown() : x.firstUnknown();
            }
            if (x.items().size() != y.items().size()) {
                return Value.FALSE;
            }
            for (int i = 0; i < x.items().size(); i++) {
                Value e = equality(x.items().get(i), y.items().get(i));
                if (!(e instanceof Value.Bool eb && eb.value())) {
                    return e;
                }
            }
            return Value.TRUE;
        }
        if (a instanceof Value.Obj x && b instanceof Value.Obj y) {
            if (x.unknownRest() != null || y.unknownRest() != null) {
                // An open object (a resource) has attributes it does not list: not known offline.
                return Value.unknown(x.unknownRest() != null ? x.unknownRest().replace("{attr}", "*") : y.unknownRest().replace("{attr}", "*"),
                        x.unknownRest() != null ? x.restOrigin() : y.restOrigin());
            }
            if (!x.attrs().keySet().equals(y.attrs().keySet())) {
                return Value.FALSE;
            }
            Value unknown = null;
            boolean unequal = false;
            for (Map.Entry<String, Value> e : x.attrs().entrySet()) {
                Value r = equality(e.getValue(), y.get(e.getKey()));
                if (r instanceof Value.Unknown) {
                    unknown = unknown == null ? r : unknown;
                } else if (!((Value.Bool) r).value()) {
                    unequal = true;
                }
            }
            return unknown != null ? unknown : Value.bool(!unequal);
        }
        // Different kinds of value, one of them with Unknown parts: never equal.
        return Value.FALSE;
    }

    /**
     * Terraform's {@code ==}: values of different types are unequal, except that lists and tuples
     * (and maps and objects) with the same elements compare equal.
     */
    public static boolean equal(Value a, Value b) {
        if (a instanceof Value.Seq x && b instanceof Value.Seq y) {
            if ((x.kind() == Value.SeqKind.SET) != (y.kind() == Value.SeqKind.SET) || x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!equal(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Value.Obj x && b instanceof Value.Obj y) {
            if (!x.attrs().keySet().equals(y.attrs().keySet())) {
                return false;
            }
            for (Map.Entry<String, Value> e : x.attrs().entrySet()) {
                if (!equal(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    // ------------------------------------------------------------------ collections

    private Value object(Expr.ObjectCons o, Frame f) {
        Map<String, Value> attrs = new TreeMap<>();
        Value.Unknown unknownKey = null;
        for (Expr.Item item : o.items()) {
            String key;
            Expr.ObjectKey k = item.key();
            if (!k.forceNonLiteral() && k.wrapped() instanceof Expr.ScopeTraversal t && t.traversal().size() == 1) {
                key = t.rootName();
            } else {
                Value kv = eval(k.wrapped(), f);
                if (kv instanceof Value.Unknown u) {
                    unknownKey = u;
                    continue;
                }
                if (kv.isNull()) {
                    throw new EvalError("Null value as key", "Can't use a null value as a key.", k.range());
                }
                try {
                    key = Convert.toStringValue(kv);
                } catch (Convert.ConversionError e) {
                    throw new EvalError("Incorrect key type", "Can't use this value as a key: string required, got " + kv.typeName() + ".", k.range());
                }
            }
            attrs.put(key, eval(item.value(), f));
        }
        return unknownKey != null ? unknownKey : Value.object(attrs);
    }

    private Value forExpr(Expr.For fe, Frame f) {
        Value coll = eval(fe.collection(), f);
        if (coll instanceof Value.Unknown) {
            return coll;
        }
        if (coll.isNull()) {
            throw new EvalError("Iteration over null value", "A null value cannot be used as the collection in a 'for' expression.",
                    fe.collection().range());
        }
        List<Value> keys = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        if (coll instanceof Value.Seq s) {
            for (int i = 0; i < s.items().size(); i++) {
                keys.add(s.kind() == Value.SeqKind.SET ? s.items().get(i) : Value.num(i));
                values.add(s.items().get(i));
            }
        } else if (coll instanceof Value.Obj o) {
            for (Map.Entry<String, Value> e : o.attrs().entrySet()) {
                keys.add(Value.str(e.getKey()));
                values.add(e.getValue());
            }
        } else {
            throw new EvalError("Iteration over non-iterable value",
                    "A value of type " + coll.typeName() + " cannot be used as the collection in a 'for' expression.", fe.collection().range());
        }
        boolean makeObject = fe.keyExpr() != null;
        List<Value> tupleOut = new ArrayList<>();
        Map<String, Value> objOut = new LinkedHashMap<>();
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        Value.Unknown unknown = null;
        for (int i = 0; i < keys.size(); i++) {
            Frame g = new Frame(fe.valVar(), values.get(i), f);
            if (fe.keyVar() != null) {
                g = new Frame(fe.keyVar(), keys.get(i), g);
            }
            if (fe.condition() != null) {
                Value c = eval(fe.condition(), g);
                if (c instanceof Value.Unknown u) {
                    unknown = unknown == null ? u : unknown;
                    continue;
                }
                if (c.isNull()) {
                    throw new EvalError("Condition is null", "The value of the 'if' clause must not be null.", fe.condition().range());
                }
                if (!bool(c, fe.condition())) {
                    continue;
                }
            }
            if (!makeObject) {
                tupleOut.add(eval(fe.valueExpr(), g));
                continue;
            }
            Value kv = eval(fe.keyExpr(), g);
            if (kv instanceof Value.Unknown u) {
                unknown = unknown == null ? u : unknown;
                continue;
            }
            if (kv.isNull()) {
                throw new EvalError("Invalid object key", "Key expression in 'for' expression must not produce a null value.", fe.keyExpr().range());
            }
            String key;
            try {
                key = Convert.toStringValue(kv);
            } catch (Convert.ConversionError e) {
                throw new EvalError("Invalid object key", "The key expression produced an invalid result: string required, got " + kv.typeName() + ".",
                        fe.keyExpr().range());
            }
            Value v = eval(fe.valueExpr(), g);
            if (fe.group()) {
                groups.computeIfAbsent(key, x -> new ArrayList<>()).add(v);
            } else {
                if (objOut.containsKey(key)) {
                    throw new EvalError("Duplicate object key", "Two different items produced the key \"" + key
                            + "\" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.",
                            fe.keyExpr().range());
                }
                objOut.put(key, v);
            }
        }
        if (unknown != null) {
            return unknown;
        }
        if (!makeObject) {
            return Value.tuple(tupleOut);
        }
        if (fe.group()) {
            for (Map.Entry<String, List<Value>> e : groups.entrySet()) {
                objOut.put(e.getKey(), Value.tuple(e.getValue()));
            }
        }
        return Value.object(objOut);
    }
}
