package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignment and deletion targets where they cannot be parsed as expressions first: after
 * {@code for} (where {@code in} would be taken as an operator), after {@code as}, and after {@code del}.
 * Each target is parsed as a primary and then given its context by {@link TargetRules}.
 */
final class TargetParser {

    private final ExpressionParser expr;
    private final TokenStream ts;

    TargetParser(ExpressionParser expr) {
        this.expr = expr;
        this.ts = expr.ts;
    }

    /** {@code star_targets}: a target, or an unparenthesised tuple of them. */
    Expr starTargets() {
        Token start = ts.peek();
        Expr first = starTarget();
        if (!ts.at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA) && ExpressionParser.startsExpression(ts.peek())) {
            elts.add(starTarget());
        }
        return new Expr.Tuple(elts, ExprContext.Store, ts.spanFrom(start));
    }

    /** {@code star_target}: {@code *target} or a single target. */
    Expr starTarget() {
        Token start = ts.peek();
        if (start.kind() == STAR) {
            ts.next();
            if (ts.at(STAR)) {
                throw ParseFailure.INSTANCE;
            }
            Expr value = starTarget();
            return new Expr.Starred(value, ExprContext.Store, ts.spanFrom(start));
        }
        return target(ExprContext.Store, "assign to");
    }

    /** {@code del_targets}: a comma-separated list, returned as a list (not a tuple). */
    List<Expr> delTargets() {
        List<Expr> targets = new ArrayList<>();
        targets.add(target(ExprContext.Del, "delete"));
        while (ts.accept(COMMA) && ExpressionParser.startsExpression(ts.peek())) {
            targets.add(target(ExprContext.Del, "delete"));
        }
        return targets;
    }

    private Expr target(ExprContext ctx, String verb) {
        Expr parsed = expr.primary();
        Expr target = TargetRules.withContext(parsed, ctx);
        if (target == null) {
            throw invalid(parsed, ctx, verb);
        }
        return target;
    }

    /** The error for assigning to (or deleting) {@code e}, blaming the part CPython blames. */
    PythonSyntaxError invalid(Expr e, ExprContext ctx, String verb) {
        Expr culprit = TargetRules.invalidPart(e, ctx);
        if (culprit == null) {
            culprit = e;
        }
        return expr.errors.at(culprit.span(), "cannot " + verb + " " + TargetRules.describe(culprit));
    }
}
