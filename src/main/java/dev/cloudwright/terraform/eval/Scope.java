package dev.cloudwright.terraform.eval;

import dev.cloudwright.terraform.hcl.Expr;

/**
 * Resolves the root of a reference: {@code var.x}, {@code local.y}, {@code each.value},
 * {@code aws_vpc.main}, {@code module.db}... The evaluator applies the remaining steps.
 */
public interface Scope {

    /**
     * The value the traversal refers to. Implementations may consume more than the root step (a
     * resource reference needs type and name) and return how many steps they used.
     */
    Resolved resolve(Expr.ScopeTraversal t);

    /** A resolved reference: the value and the number of traversal steps it accounts for. */
    record Resolved(Value value, int steps) {}
}
