package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.BoolOperator;
import dev.molt.compiler.ast.CmpOperator;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import dev.molt.compiler.ast.Operator;
import dev.molt.compiler.ast.Span;
import dev.molt.compiler.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions from {@code star_expressions} down to {@code primary}: one method per precedence level
 * of CPython's grammar, building left-associative chains in loops. Atoms and displays live in
 * {@link AtomParser}, call arguments and subscripts in {@link TrailerParser}.
 */
final class ExpressionParser {

    /** CPython's parser gives up at 6000 nested rule calls; one unit here is roughly one such call. */
    static final int MAX_DEPTH = 6000;

    final TokenStream ts;
    final SyntaxErrors errors;
    final AtomParser atoms;
    final TrailerParser trailers;
    final TargetParser targets;
    final ParameterParser parameters;
    final ExpressionErrorRules errorRules;
    private int depth;

    ExpressionParser(TokenStream ts, SyntaxErrors errors, SourceText source) {
        this.ts = ts;
        this.errors = errors;
        this.atoms = new AtomParser(this, new StringLiteralParser(this, source));
        this.trailers = new TrailerParser(this);
        this.targets = new TargetParser(this);
        this.parameters = new ParameterParser(this);
        this.errorRules = new ExpressionErrorRules(this);
    }

    int depth() {
        return depth;
    }

    /** Restores the nesting depth after backtracking out of an abandoned alternative. */
    void restoreDepth(int saved) {
        depth = saved;
    }

    /** Counts {@code units} of CPython's parser stack; beyond its limit the source is too complex. */
    void enter(int units) {
        depth += units;
        if (depth > MAX_DEPTH) {
            Token at = ts.peek();
            throw errors.at(at, "Parser stack overflowed - Python source too complex to parse");
        }
    }

    void leave(int units) {
        depth -= units;
    }

    // ---- tuples and starred items -------------------------------------------------------------

    /** {@code star_expressions}: one expression, or an unparenthesised tuple. */
    Expr starExpressions() {
        Token start = ts.peek();
        Expr first = starExpression();
        if (!ts.at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA) && startsExpression(ts.peek())) {
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, ts.spanFrom(start));
    }

    Expr starExpression() {
        if (ts.at(STAR)) {
            Token star = ts.next();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, ExprContext.Load, ts.spanFrom(star));
        }
        return expression();
    }

    /** {@code star_named_expression}: a display element. */
    Expr starNamedExpression() {
        if (ts.at(STAR)) {
            Token star = ts.next();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, ExprContext.Load, ts.spanFrom(star));
        }
        return namedExpression();
    }

    /** {@code named_expression}: {@code NAME := expression} or a plain expression. */
    Expr namedExpression() {
        if (ts.diagnosing()) {
            errorRules.assignmentForComparison();
        }
        return assignmentOrExpression();
    }

    /** {@code assignment_expression | expression !':='}: a named expression without its error rules. */
    Expr assignmentOrExpression() {
        Token start = ts.peek();
        // keyword first: CPython's NAME is no keyword, so it never fetches the token after one (which
        // decides whether a bracket opened on this line is reported as never closed)
        if (start.kind() == NAME && !Keywords.isKeyword(start.text()) && ts.peek(1).kind() == COLONEQUAL) {
            ts.next();
            ts.next();
            Expr target = new Expr.Name(Keywords.identifier(start.text()), ExprContext.Store, TokenStream.spanOf(start));
            Expr value = expression();
            return new Expr.NamedExpr(target, value, ts.spanFrom(start));
        }
        Expr value = expression();
        if (ts.at(COLONEQUAL)) {
            throw errors.at(value.span(), "cannot use assignment expressions with " + TargetRules.describe(value));
        }
        return value;
    }

    /** Whether {@code token} can begin an expression (used after a possibly trailing comma). */
    static boolean startsExpression(Token token) {
        switch (token.kind()) {
            case NAME:
                String text = token.text();
                return !Keywords.isKeyword(text) || text.equals("None") || text.equals("True")
                        || text.equals("False") || text.equals("not") || text.equals("lambda")
                        || text.equals("await");
            case NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS, STAR:
                return true;
            default:
                return false;
        }
    }

    // ---- expression ---------------------------------------------------------------------------

    Expr expression() {
        enter(2);
        Expr result;
        if (ts.atKeyword("lambda")) {
            result = lambda();
        } else {
            int startMark = ts.mark();
            Token start = ts.peek();
            Expr body = disjunction();
            if (ts.diagnosing()) {
                errorRules.missingComma(startMark, body);
            }
            result = ts.atKeyword("if") ? conditional(start, body) : body;
        }
        depth -= 2;
        return result;
    }

    /**
     * {@code disjunction 'if' disjunction 'else' expression}; when that fails, PEG takes the
     * disjunction alone and leaves the 'if' to the caller. Only the error pass names a missing
     * 'else' (CPython's invalid_expression), so a rule that parses an expression without its error
     * rules ("Perhaps you forgot a comma?") sees the shorter expression.
     */
    private Expr conditional(Token start, Expr body) {
        int ifMark = ts.mark();
        int saved = depth;
        ts.next();
        Expr test;
        try {
            test = disjunction();
        } catch (ParseFailure failure) {
            ts.reset(ifMark);
            restoreDepth(saved);
            return body;
        }
        if (!ts.acceptKeyword("else")) {
            if (ts.diagnosing() && !ts.at(COLON)) {
                throw errors.between(body.span(), test.span(), "expected 'else' after 'if' expression");
            }
            ts.reset(ifMark);
            return body;
        }
        Expr orelse = expression();
        return new Expr.IfExp(test, body, orelse, ts.spanFrom(start));
    }

    private Expr lambda() {
        Token start = ts.next();
        var args = parameters.lambdaParameters();
        ts.expect(COLON);
        Expr body = expression();
        return new Expr.Lambda(args, body, ts.spanFrom(start));
    }

    Expr disjunction() {
        Token start = ts.peek();
        Expr first = conjunction();
        if (!ts.atKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (ts.atKeyword("or")) {
            int mark = ts.mark();
            int savedDepth = depth;
            ts.next();
            try {
                values.add(conjunction());
            } catch (ParseFailure failure) {
                backtrackOperator(mark, savedDepth, failure);
                break;
            }
        }
        return values.size() == 1 ? first : new Expr.BoolOp(BoolOperator.Or, values, ts.spanFrom(start));
    }

    private Expr conjunction() {
        Token start = ts.peek();
        Expr first = inversion();
        if (!ts.atKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (ts.atKeyword("and")) {
            int mark = ts.mark();
            int savedDepth = depth;
            ts.next();
            try {
                values.add(inversion());
            } catch (ParseFailure failure) {
                backtrackOperator(mark, savedDepth, failure);
                break;
            }
        }
        return values.size() == 1 ? first : new Expr.BoolOp(BoolOperator.And, values, ts.spanFrom(start));
    }

    /**
     * On the error pass an operator whose operand does not parse ends the operation before it, as
     * the grammar's repetition does, so the invalid_ rules after it see the shorter expression. The
     * first pass just fails: the error pass will run anyway.
     */
    private void backtrackOperator(int mark, int savedDepth, ParseFailure failure) {
        if (!ts.diagnosing()) {
            throw failure;
        }
        ts.reset(mark);
        depth = savedDepth;
    }

    private Expr inversion() {
        if (ts.atKeyword("not")) {
            Token start = ts.next();
            enter(1);
            Expr operand = inversion();
            depth -= 1;
            return new Expr.UnaryOp(UnaryOperator.Not, operand, ts.spanFrom(start));
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = ts.peek();
        Expr left = bitwiseOr();
        CmpOperator op = comparisonOperator();
        if (op == null) {
            return left;
        }
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
            op = comparisonOperator();
        }
        return new Expr.Compare(left, ops, comparators, ts.spanFrom(start));
    }

    /** Consumes a comparison operator if one follows, and returns it; null otherwise. */
    private CmpOperator comparisonOperator() {
        Token token = ts.peek();
        CmpOperator op;
        switch (token.kind()) {
            case EQEQUAL -> op = CmpOperator.Eq;
            case NOTEQUAL -> {
                // '<>' is a NOTEQUAL token too, an operator only under "from __future__ import barry_as_FLUFL"
                if (!token.text().equals("!=")) {
                    return null;
                }
                op = CmpOperator.NotEq;
            }
            case LESS -> op = CmpOperator.Lt;
            case LESSEQUAL -> op = CmpOperator.LtE;
            case GREATER -> op = CmpOperator.Gt;
            case GREATEREQUAL -> op = CmpOperator.GtE;
            case NAME -> {
                return keywordComparison(token.text());
            }
            default -> {
                return null;
            }
        }
        ts.next();
        return op;
    }

    private CmpOperator keywordComparison(String text) {
        switch (text) {
            case "in":
                ts.next();
                return CmpOperator.In;
            case "is":
                ts.next();
                return ts.acceptKeyword("not") ? CmpOperator.IsNot : CmpOperator.Is;
            case "not":
                if (ts.peek(1).kind() == NAME && ts.peek(1).text().equals("in")) {
                    ts.next();
                    ts.next();
                    return CmpOperator.NotIn;
                }
                return null;
            default:
                return null;
        }
    }

    Expr bitwiseOr() {
        Token start = ts.peek();
        Expr left = bitwiseXor();
        while (ts.accept(VBAR)) {
            Expr right = bitwiseXor();
            left = new Expr.BinOp(left, Operator.BitOr, right, ts.spanFrom(start));
        }
        return left;
    }

    private Expr bitwiseXor() {
        Token start = ts.peek();
        Expr left = bitwiseAnd();
        while (ts.accept(CIRCUMFLEX)) {
            Expr right = bitwiseAnd();
            left = new Expr.BinOp(left, Operator.BitXor, right, ts.spanFrom(start));
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token start = ts.peek();
        Expr left = shift();
        while (ts.accept(AMPER)) {
            Expr right = shift();
            left = new Expr.BinOp(left, Operator.BitAnd, right, ts.spanFrom(start));
        }
        return left;
    }

    private Expr shift() {
        Token start = ts.peek();
        Expr left = sum();
        while (true) {
            TokenKind kind = ts.peekKind();
            Operator op = kind == LEFTSHIFT ? Operator.LShift : kind == RIGHTSHIFT ? Operator.RShift : null;
            if (op == null) {
                return left;
            }
            ts.next();
            Expr right = sum();
            left = new Expr.BinOp(left, op, right, ts.spanFrom(start));
        }
    }

    private Expr sum() {
        Token start = ts.peek();
        Expr left = term();
        while (true) {
            TokenKind kind = ts.peekKind();
            Operator op = kind == PLUS ? Operator.Add : kind == MINUS ? Operator.Sub : null;
            if (op == null) {
                return left;
            }
            ts.next();
            Expr right = term();
            left = new Expr.BinOp(left, op, right, ts.spanFrom(start));
        }
    }

    private Expr term() {
        Token start = ts.peek();
        Expr left = factor();
        while (true) {
            Operator op = switch (ts.peekKind()) {
                case STAR -> Operator.Mult;
                case SLASH -> Operator.Div;
                case DOUBLESLASH -> Operator.FloorDiv;
                case PERCENT -> Operator.Mod;
                case AT -> Operator.MatMult;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            ts.next();
            Expr right = factor();
            left = new Expr.BinOp(left, op, right, ts.spanFrom(start));
        }
    }

    Expr factor() {
        UnaryOperator op = switch (ts.peekKind()) {
            case PLUS -> UnaryOperator.UAdd;
            case MINUS -> UnaryOperator.USub;
            case TILDE -> UnaryOperator.Invert;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        Token start = ts.next();
        enter(1);
        Expr operand = factor();
        depth -= 1;
        return new Expr.UnaryOp(op, operand, ts.spanFrom(start));
    }

    private Expr power() {
        Token start = ts.peek();
        Expr left = awaitPrimary();
        if (!ts.accept(DOUBLESTAR)) {
            return left;
        }
        enter(2);
        Expr right = factor();
        depth -= 2;
        return new Expr.BinOp(left, Operator.Pow, right, ts.spanFrom(start));
    }

    private Expr awaitPrimary() {
        if (ts.atKeyword("await")) {
            Token start = ts.next();
            Expr value = primary();
            return new Expr.Await(value, ts.spanFrom(start));
        }
        return primary();
    }

    /** {@code primary}: an atom followed by any number of calls, subscripts and attribute accesses. */
    Expr primary() {
        Token start = ts.peek();
        Expr value = atoms.atom();
        return trailers.trailers(start, value);
    }

    // ---- yield --------------------------------------------------------------------------------

    /** {@code yield_expr}; the cursor is on {@code yield}. */
    Expr yieldExpression() {
        Token start = ts.next();
        if (ts.acceptKeyword("from")) {
            Expr value = expression();
            return new Expr.YieldFrom(value, ts.spanFrom(start));
        }
        Expr value = startsExpression(ts.peek()) ? starExpressions() : null;
        return new Expr.Yield(value, ts.spanFrom(start));
    }

    /** What may follow {@code =} or sit in a return: a yield expression or star_expressions. */
    Expr yieldOrStarExpressions() {
        return ts.atKeyword("yield") ? yieldExpression() : starExpressions();
    }
}
