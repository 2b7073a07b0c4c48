package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.CmpOperator;
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

    /**
     * {@code star_targets 'in'} after a {@code for}. When they do not parse, the error pass tries
     * CPython's invalid_for_target: {@code star_expressions} (its error rules on) whose first part
     * that cannot be assigned to is named; an {@code in} comparison is judged by its left side.
     */
    Expr forTargets() {
        if (!ts.diagnosing()) {
            Expr target = starTargets();
            ts.expectKeyword("in");
            return target;
        }
        int mark = ts.mark();
        int depth = expr.depth();
        // star_targets has no error rules of its own: a bad target just fails, and invalid_for_target names it
        boolean was = ts.setDiagnosing(false);
        try {
            Expr target = starTargets();
            ts.expectKeyword("in");
            return target;
        } catch (ParseFailure failure) {
            ts.reset(mark);
            expr.restoreDepth(depth);
        } finally {
            ts.setDiagnosing(was);
        }
        Expr culprit = invalidForTarget(expr.starExpressions());
        if (culprit != null) {
            throw expr.errors.at(culprit.span(), "cannot assign to " + TargetRules.describe(culprit));
        }
        throw ParseFailure.INSTANCE;
    }

    private static Expr invalidForTarget(Expr e) {
        List<Expr> elts = e instanceof Expr.Tuple tuple ? tuple.elts() : e instanceof Expr.List list ? list.elts() : null;
        if (elts != null) {
            for (Expr elt : elts) {
                Expr culprit = invalidForTarget(elt);
                if (culprit != null) {
                    return culprit;
                }
            }
            return null;
        }
        if (e instanceof Expr.Starred starred) {
            return invalidForTarget(starred.value());
        }
        if (e instanceof Expr.Compare compare) {
            return compare.ops().get(0) == CmpOperator.In ? invalidForTarget(compare.left()) : null;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        return e;
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
            if (!ts.diagnosing()) {
                // CPython's target rules just fail; only its error pass names the bad target
                throw ParseFailure.INSTANCE;
            }
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
