package dev.molt.compiler.syntax;

import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import java.util.List;

/**
 * CPython's invalid_assignment and invalid_legacy_expression rules for a statement that failed to
 * parse. Like all invalid_ rules they belong to the error pass ({@link TokenStream#diagnosing()}):
 * on the first pass they just fail.
 */
final class AssignmentErrors {

    private final ExpressionParser expr;

    AssignmentErrors(ExpressionParser expr) {
        this.expr = expr;
    }

    /**
     * The error for the chain {@code t0 = t1 = ... = value} whose target {@code index} is invalid (no
     * earlier target is). The rule's {@code star_named_expression ','} prefix first runs the
     * named-expression rules over the elements of the statement's first expression list (starting
     * at {@code startMark}); they win when they match.
     */
    PythonSyntaxError invalidAssignment(int startMark, List<Expr> chain, int index) {
        if (!expr.ts.diagnosing()) {
            throw ParseFailure.INSTANCE;
        }
        namedExpressionRules(startMark);
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

    private void namedExpressionRules(int startMark) {
        TokenStream ts = expr.ts;
        int end = ts.mark();
        int depth = expr.depth();
        ts.reset(startMark);
        try {
            do {
                expr.starNamedExpression();
            } while (ts.accept(TokenKind.COMMA) && ExpressionParser.startsExpression(ts.peek()));
        } catch (ParseFailure failure) {
            // not a list of named expressions; the target rules decide
        }
        ts.reset(end);
        expr.restoreDepth(depth);
    }

    /** A tuple written without parentheses starts where its first element starts. */
    static boolean isBareTuple(Expr e) {
        return e instanceof Expr.Tuple tuple && !tuple.elts().isEmpty()
                && tuple.span().lineno() == tuple.elts().get(0).span().lineno()
                && tuple.span().colOffset() == tuple.elts().get(0).span().colOffset();
    }

    /** {@code print x}: CPython suggests the parentheses of Python 3. */
    void checkLegacyPrint(Expr first) {
        if (!expr.ts.diagnosing() || !(first instanceof Expr.Name name)
                || !(name.id().equals("print") || name.id().equals("exec"))) {
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
