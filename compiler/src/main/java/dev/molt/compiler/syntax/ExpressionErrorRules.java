package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.ConstantValue;
import dev.molt.compiler.ast.Expr;
import java.util.Set;

/**
 * CPython's invalid_expression and invalid_named_expression rules, tried only on the second pass over
 * a source that failed to parse ({@link TokenStream#diagnosing()}). Each either throws the specific
 * error or leaves the cursor where it found it.
 */
final class ExpressionErrorRules {

    private static final Set<String> SOFT_KEYWORDS = Set.of("_", "case", "match", "type");

    private final ExpressionParser expr;

    ExpressionErrorRules(ExpressionParser expr) {
        this.expr = expr;
    }

    /**
     * {@code !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid} inside
     * brackets: two expressions side by side, "Perhaps you forgot a comma?". {@code startMark} is
     * where {@code a} starts.
     */
    void missingComma(int startMark, Expr a) {
        TokenStream ts = expr.ts;
        Token start = ts.tokenAt(startMark);
        Token afterStart = ts.tokenAt(startMark + 1);
        if (!ExpressionParser.startsExpression(ts.peek()) || isLegacyStatement(a)
                // only STRING: in 3.12 an f-string starts with FSTRING_START, which the lookahead lets through
                // (True, None, ... are keywords, not NAME tokens, in CPython)
                || (start.kind() == NAME && afterStart.kind() == STRING && !Keywords.isKeyword(start.text()))
                || (start.kind() == NAME && isSoftKeywordToken(start.text()))) {
            return;
        }
        int mark = ts.mark();
        int depth = expr.depth();
        boolean was = ts.setDiagnosing(false);
        try {
            Expr b = expr.expression();
            if (ts.levelAt(ts.mark() - 1) > 0) {
                throw expr.errors.between(a.span(), b.span(), "invalid syntax. Perhaps you forgot a comma?");
            }
        } catch (ParseFailure failure) {
            // not two expressions after all
        } finally {
            ts.setDiagnosing(was);
        }
        ts.reset(mark);
        expr.restoreDepth(depth);
    }

    /**
     * Where PEG parsing of an {@code expression} starting at the cursor stops when it cannot parse to
     * the end: CPython backtracks out of a failed operand ({@code int >}, {@code int +}, {@code f(})
     * and keeps the longest expression before it. Molt's parser commits instead, so the prefix is
     * found by ending the input early with a NEWLINE at each candidate token, last first. Returns the
     * token index after the expression, or the cursor when no expression starts there; the cursor is
     * left unmoved.
     */
    int expressionPrefixEnd() {
        TokenStream ts = expr.ts;
        int mark = ts.mark();
        int depth = expr.depth();
        boolean was = ts.setDiagnosing(false);
        try {
            for (int end = ts.fetched() - 1; end > mark; end--) {
                Token original = ts.tokenAt(end);
                Token stop = new Token(NEWLINE, "", original.line(), original.col(), original.line(), original.col(),
                        original.start(), original.start());
                ts.substitute(end, stop);
                try {
                    expr.expression();
                    if (ts.mark() == end) {
                        return end;
                    }
                } catch (ParseFailure | PythonSyntaxError failure) {
                    // no expression ends just before this token (rules such as "expected 'else'"
                    // raise only on the error pass, which CPython never reaches here)
                } finally {
                    ts.substitute(end, original);
                    ts.reset(mark);
                    expr.restoreDepth(depth);
                }
            }
            return mark;
        } finally {
            ts.setDiagnosing(was);
        }
    }

    /**
     * CPython 3.12's SOFT_KEYWORD token test compares only the token's length of each soft keyword
     * ({@code strncmp}), so any prefix of one counts: {@code m}, {@code ty}, {@code cas}. Reproduced
     * because it decides between "Perhaps you forgot a comma?" and "invalid syntax".
     */
    static boolean isSoftKeywordToken(String name) {
        for (String keyword : SOFT_KEYWORDS) {
            if (!name.isEmpty() && keyword.startsWith(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLegacyStatement(Expr a) {
        return a instanceof Expr.Name name && (name.id().equals("print") || name.id().equals("exec"));
    }

    /**
     * {@code NAME '=' bitwise_or !('='|':=')} and {@code a=bitwise_or '=' bitwise_or !('='|':=')}
     * where a named expression is expected: the programmer wrote '=' for '=='.
     */
    void assignmentForComparison() {
        TokenStream ts = expr.ts;
        Token start = ts.peek();
        int mark = ts.mark();
        int depth = expr.depth();
        try {
            if (start.kind() == NAME && !Keywords.isKeyword(start.text()) && ts.peek(1).kind() == EQUAL) {
                ts.next();
                ts.next();
                Expr b = expr.bitwiseOr();
                if (!ts.at(EQUAL) && !ts.at(COLONEQUAL)) {
                    throw expr.errors.between(TokenStream.spanOf(start), b.span(),
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                ts.reset(mark);
            }
            Expr a = expr.bitwiseOr();
            if (ts.accept(EQUAL) && !isDisplayOrSingleton(a)) {
                expr.bitwiseOr();
                if (!ts.at(EQUAL) && !ts.at(COLONEQUAL)) {
                    throw expr.errors.at(a.span(), "cannot assign to " + TargetRules.describe(a)
                            + " here. Maybe you meant '==' instead of '='?");
                }
            }
        } catch (ParseFailure failure) {
            // the rule does not match
        }
        ts.reset(mark);
        expr.restoreDepth(depth);
    }

    /** The rule's lookahead {@code !(list|tuple|genexp|'True'|'None'|'False')}. */
    private static boolean isDisplayOrSingleton(Expr a) {
        if (a instanceof Expr.List || a instanceof Expr.Tuple || a instanceof Expr.GeneratorExp
                || a instanceof Expr.Name) {
            return true;
        }
        return a instanceof Expr.Constant constant && (constant.value() instanceof ConstantValue.None
                || constant.value() instanceof ConstantValue.Bool);
    }
}
