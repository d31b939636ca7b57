package dev.cloudwright.terraform.eval;

import dev.cloudwright.terraform.hcl.Expr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Terraform type constraint, as written in a variable's {@code type} argument. */
public sealed interface Type {

    enum Prim { STRING, NUMBER, BOOL }

    record Primitive(Prim prim) implements Type {}

    record Any() implements Type {}

    record ListOf(Type element) implements Type {}

    record SetOf(Type element) implements Type {}

    record MapOf(Type element) implements Type {}

    record TupleOf(List<Type> elements) implements Type {}

    /** An attribute of an object type: optional attributes may have a default. */
    record Attribute(Type type, boolean optional, Expr defaultExpr) {}

    record ObjectOf(Map<String, Attribute> attributes) implements Type {}

    Type ANY = new Any();
    Type STRING = new Primitive(Prim.STRING);
    Type NUMBER = new Primitive(Prim.NUMBER);
    Type BOOL = new Primitive(Prim.BOOL);

    /** Thrown for a type expression that is not a valid type. */
    final class TypeError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Expr at;

        TypeError(String message, Expr at) {
            super(message);
            this.at = at;
        }

        public Expr at() {
            return at;
        }
    }

    /** Parses a type constraint expression such as {@code map(object({ a = string, b = optional(number, 1) }))}. */
    static Type parse(Expr e) {
        if (e instanceof Expr.ScopeTraversal t && t.traversal().size() == 1) {
            return switch (t.rootName()) {
                case "string" -> STRING;
                case "number" -> NUMBER;
                case "bool" -> BOOL;
                case "any" -> ANY;
                case "list" -> new ListOf(ANY);
                case "map" -> new MapOf(ANY);
                case "set" -> new SetOf(ANY);
                default -> throw new TypeError("the keyword \"" + t.rootName() + "\" is not a valid type specification", e);
            };
        }
        if (e instanceof Expr.Template tpl && tpl.isStringLiteral()) {
            // legacy quoted type names from Terraform 0.11
            Object v = ((Expr.Literal) tpl.parts().get(0)).value();
            return switch (String.valueOf(v)) {
                case "string" -> STRING;
                case "list" -> new ListOf(STRING);
                case "map" -> new MapOf(STRING);
                default -> throw new TypeError("\"" + v + "\" is not a valid type specification", e);
            };
        }
        if (e instanceof Expr.FunctionCall f) {
            switch (f.name()) {
                case "list", "set", "map" -> {
                    if (f.args().size() != 1) {
                        throw new TypeError(f.name() + "(...) takes exactly one element type", e);
                    }
                    Type el = parse(f.args().get(0));
                    return f.name().equals("list") ? new ListOf(el) : f.name().equals("set") ? new SetOf(el) : new MapOf(el);
                }
                case "tuple" -> {
                    if (f.args().size() != 1 || !(f.args().get(0) instanceof Expr.Tuple t)) {
                        throw new TypeError("tuple(...) takes a list of element types", e);
                    }
                    List<Type> els = new ArrayList<>();
                    for (Expr x : t.items()) {
                        els.add(parse(x));
                    }
                    return new TupleOf(els);
                }
                case "object" -> {
                    if (f.args().size() != 1 || !(f.args().get(0) instanceof Expr.ObjectCons o)) {
                        throw new TypeError("object(...) takes an object of attribute types", e);
                    }
                    Map<String, Attribute> attrs = new LinkedHashMap<>();
                    for (Expr.Item item : o.items()) {
                        String name = keyName(item.key());
                        Expr te = item.value();
                        if (te instanceof Expr.FunctionCall opt && opt.name().equals("optional")) {
                            if (opt.args().isEmpty() || opt.args().size() > 2) {
                                throw new TypeError("optional(...) takes a type and an optional default", te);
                            }
                            attrs.put(name, new Attribute(parse(opt.args().get(0)), true, opt.args().size() == 2 ? opt.args().get(1) : null));
                        } else {
                            attrs.put(name, new Attribute(parse(te), false, null));
                        }
                    }
                    return new ObjectOf(attrs);
                }
                default -> throw new TypeError("\"" + f.name() + "\" is not a valid type constructor", e);
            }
        }
        throw new TypeError("a type specification is required, such as string, list(number) or object({...})", e);
    }

    private static String keyName(Expr.ObjectKey k) {
        if (k.wrapped() instanceof Expr.ScopeTraversal t && t.traversal().size() == 1) {
            return t.rootName();
        }
        if (k.wrapped() instanceof Expr.Template t && t.isStringLiteral()) {
            return String.valueOf(((Expr.Literal) t.parts().get(0)).value());
        }
        throw new TypeError("object attribute names must be plain names", k);
    }

    /** A short human form: {@code map(object({...}))}. */
    default String show() {
        if (this instanceof Primitive p) {
            return p.prim().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (this instanceof Any) {
            return "any";
        }
        if (this instanceof ListOf l) {
            return "list(" + l.element().show() + ")";
        }
        if (this instanceof SetOf s) {
            return "set(" + s.element().show() + ")";
        }
        if (this instanceof MapOf m) {
            return "map(" + m.element().show() + ")";
        }
        if (this instanceof TupleOf) {
            return "tuple([...])";
        }
        return "object({...})";
    }
}
