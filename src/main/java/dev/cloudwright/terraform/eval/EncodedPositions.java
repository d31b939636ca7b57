package dev.cloudwright.terraform.eval;

import dev.cloudwright.terraform.hcl.Expr;
import dev.cloudwright.terraform.hcl.Range;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the parts of a value given to {@code jsonencode} are written: the ranges of the object and tuple constructors of
 * the argument, by path ({@code ""} for the whole, {@code .Statement}, {@code .Statement[0]}). Only constructors written in
 * the call are followed; a part computed elsewhere (a local, a variable) is at the expression that names it.
 */
final class EncodedPositions {
    private static final int MAX_DEPTH = 16;

    private EncodedPositions() {}

    static Map<String, Range> of(Expr e) {
        Map<String, Range> out = new HashMap<>();
        walk(e, "", out, 0);
        return out;
    }

    private static void walk(Expr e, String path, Map<String, Range> out, int depth) {
        out.put(path, e.range());
        if (depth >= MAX_DEPTH) {
            return;
        }
        if (e instanceof Expr.Parens p) {
            walk(p.expr(), path, out, depth + 1);
        } else if (e instanceof Expr.Tuple t) {
            for (int i = 0; i < t.items().size(); i++) {
                walk(t.items().get(i), path + "[" + i + "]", out, depth + 1);
            }
        } else if (e instanceof Expr.ObjectCons o) {
            for (Expr.Item item : o.items()) {
                String key = literalKey(item.key());
                if (key != null) {
                    walk(item.value(), path + "." + key, out, depth + 1);
                }
            }
        }
    }

    /** A key written as a bare name or a quoted string without interpolation; null for any other. */
    private static String literalKey(Expr.ObjectKey k) {
        Expr w = k.wrapped();
        if (!k.forceNonLiteral() && w instanceof Expr.ScopeTraversal t && t.traversal().size() == 1) {
            return t.rootName();
        }
        if (w instanceof Expr.Template t && t.isStringLiteral() && t.parts().get(0) instanceof Expr.Literal l && l.value() instanceof String s) {
            return s;
        }
        if (w instanceof Expr.Literal l && l.value() instanceof String s) {
            return s;
        }
        return null;
    }
}
