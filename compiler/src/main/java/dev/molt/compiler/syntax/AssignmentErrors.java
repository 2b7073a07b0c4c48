package dev.molt.compiler.syntax;

import dev.molt.compiler.ast.ConstantValue;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import java.util.List;

/**
 * The messages CPython's invalid_assignment and invalid_named_expression rules give for a bad
 * assignment statement, reproduced from the already parsed chain {@code t0 = t1 = ... = value}.
 */
final class AssignmentErrors {

    private final ExpressionParser expr;

    AssignmentErrors(ExpressionParser expr) {
        this.expr = expr;
    }

    /** The error for the chain whose target {@code index} is invalid (no earlier target is). */
    PythonSyntaxError invalidAssignment(List<Expr> chain, int index) {
        PythonSyntaxError named = namedExpressionError(chain);
        if (named != null) {
            return named;
        }
        Expr target = chain.get(index);
        if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
            return expr.errors.at(target.span(), "assignment to yield expression not possible");
        }
        Expr culprit = TargetRules.invalidPart(target, ExprContext.Store);
        if (culprit == null) {
            culprit = target;
        }
        return expr.errors.at(culprit.span(), "cannot assign to " + TargetRules.describe(culprit));
    }

    /**
     * CPython first tries its named-expression rules on the last element of the first target,
     * {@code e = b} where b is a bitwise_or not followed by another '='; they win when they match.
     */
    private PythonSyntaxError namedExpressionError(List<Expr> chain) {
        Expr next = chain.get(1);
        boolean nextIsTuple = isBareTuple(next);
        Expr b = nextIsTuple ? ((Expr.Tuple) next).elts().get(0) : next;
        if (!isBitwiseOr(b) || (chain.size() > 2 && !nextIsTuple)) {
            return null;
        }
        Expr first = chain.get(0);
        Expr last = isBareTuple(first) ? lastOf((Expr.Tuple) first) : first;
        if (last instanceof Expr.Name) {
            return expr.errors.between(last.span(), b.span(),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (!isBitwiseOr(last) || last instanceof Expr.List || last instanceof Expr.Tuple
                || last instanceof Expr.GeneratorExp || isSingleton(last)) {
            return null;
        }
        return expr.errors.at(last.span(), "cannot assign to " + TargetRules.describe(last)
                + " here. Maybe you meant '==' instead of '='?");
    }

    private static Expr lastOf(Expr.Tuple tuple) {
        return tuple.elts().get(tuple.elts().size() - 1);
    }

    /** A tuple written without parentheses starts where its first element starts. */
    static boolean isBareTuple(Expr e) {
        return e instanceof Expr.Tuple tuple && !tuple.elts().isEmpty()
                && tuple.span().lineno() == tuple.elts().get(0).span().lineno()
                && tuple.span().colOffset() == tuple.elts().get(0).span().colOffset();
    }

    private static boolean isBitwiseOr(Expr e) {
        return !(e instanceof Expr.Lambda || e instanceof Expr.IfExp || e instanceof Expr.BoolOp
                || e instanceof Expr.Compare || e instanceof Expr.NamedExpr || e instanceof Expr.Starred
                || e instanceof Expr.Yield || e instanceof Expr.YieldFrom
                || (e instanceof Expr.UnaryOp unary && unary.op() == dev.molt.compiler.ast.UnaryOperator.Not));
    }

    private static boolean isSingleton(Expr e) {
        return e instanceof Expr.Constant constant && (constant.value() instanceof ConstantValue.None
                || constant.value() instanceof ConstantValue.Bool);
    }

    /** {@code print x}: CPython suggests the parentheses of Python 3. */
    void checkLegacyPrint(Expr first) {
        if (!(first instanceof Expr.Name name) || !(name.id().equals("print") || name.id().equals("exec"))) {
            return;
        }
        Token next = expr.ts.peek();
        if (!ExpressionParser.startsExpression(next) || next.kind() == TokenKind.LPAR) {
            return;
        }
        Expr argument = expr.starExpressions();
        throw expr.errors.between(first.span(), argument.span(), "Missing parentheses in call to '" + name.id()
                + "'. Did you mean " + name.id() + "(...)?");
    }
}
