package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.Comprehension;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.ExprContext;
import dev.molt.compiler.ast.Keyword;
import java.util.ArrayList;
import java.util.List;

/** What may follow a primary: attribute access, calls with their arguments, and subscripts with slices. */
final class TrailerParser {

    private final ExpressionParser expr;
    private final TokenStream ts;

    TrailerParser(ExpressionParser expr) {
        this.expr = expr;
        this.ts = expr.ts;
    }

    /**
     * The trailers after a primary. As in CPython's left-recursive {@code primary}, a trailer that
     * does not parse is not part of it: the primary ends before it (so that, say, the error rules
     * see {@code a[]} as {@code a} followed by a list).
     */
    Expr trailers(Token start, Expr value) {
        while (true) {
            TokenKind kind = ts.peekKind();
            if (kind != DOT && kind != LPAR && kind != LSQB) {
                return value;
            }
            int mark = ts.mark();
            int depth = expr.depth();
            try {
                value = trailer(kind, start, value);
            } catch (ParseFailure failure) {
                ts.reset(mark);
                expr.restoreDepth(depth);
                return value;
            }
        }
    }

    private Expr trailer(TokenKind kind, Token start, Expr value) {
        if (kind == DOT) {
            ts.next();
            String attr = ts.expectIdentifier();
            return new Expr.Attribute(value, attr, ExprContext.Load, ts.spanFrom(start));
        }
        return kind == LPAR ? call(start, value) : subscript(start, value);
    }

    // ---- calls --------------------------------------------------------------------------------

    private Expr call(Token start, Expr func) {
        Token open = ts.next();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (!ts.at(RPAR)) {
            Expr genexp = arguments(open, args, keywords, true);
            if (genexp != null) {
                return new Expr.Call(func, List.of(genexp), List.of(), ts.spanFrom(start));
            }
        }
        ts.expect(RPAR);
        return new Expr.Call(func, args, keywords, ts.spanFrom(start));
    }

    /**
     * Parses call arguments into {@code args} and {@code keywords}. A lone generator expression
     * argument takes the call's parentheses as its own: it is returned, with the ')' consumed.
     */
    Expr arguments(Token open, List<Expr> args, List<Keyword> keywords, boolean allowGenerator) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        do {
            if (ts.at(RPAR)) {
                break;
            }
            Token start = ts.peek();
            if (start.kind() == STAR) {
                ts.next();
                if (sawDoubleStar) {
                    throw expr.errors.at(start, "iterable argument unpacking follows keyword argument unpacking");
                }
                Expr value = expr.expression();
                if (allowGenerator && ts.diagnosing() && args.isEmpty() && keywords.isEmpty()
                        && expr.atoms.atComprehension()) {
                    // the call's genexp alternative, CPython's invalid_comprehension
                    expr.atoms.comprehensionClauses();
                    throw expr.errors.at(start, "iterable unpacking cannot be used in comprehension");
                }
                args.add(new Expr.Starred(value, ExprContext.Load, ts.spanFrom(start)));
            } else if (start.kind() == DOUBLESTAR) {
                ts.next();
                Expr value = expr.expression();
                keywords.add(new Keyword(null, value, ts.spanFrom(start)));
                sawDoubleStar = true;
            } else if (start.kind() == NAME && !Keywords.isKeyword(start.text()) && ts.peek(1).kind() == EQUAL) {
                ts.next();
                Token equal = ts.next();
                if (ts.diagnosing() && (ts.at(COMMA) || ts.at(RPAR))) {
                    throw expr.errors.between(start, equal, "expected argument value expression");
                }
                Expr value = expr.expression();
                keywords.add(new Keyword(Keywords.identifier(start.text()), value, ts.spanFrom(start)));
                sawKeyword = true;
            } else {
                if (ts.diagnosing() && isSingleton(start) && ts.peek(1).kind() == EQUAL) {
                    throw expr.errors.between(start, ts.peek(1), "cannot assign to " + start.text());
                }
                Expr value = expr.assignmentOrExpression();
                if (ts.diagnosing() && ts.at(EQUAL)) {
                    // CPython's invalid_kwarg: an expression where a keyword's name belongs.
                    throw expr.errors.between(value.span(), TokenStream.spanOf(ts.peek()),
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (expr.atoms.atComprehension()) {
                    if (!allowGenerator) {
                        throw ParseFailure.INSTANCE;
                    }
                    return generatorArgument(open, value, args.isEmpty() && keywords.isEmpty());
                }
                if (sawKeyword || sawDoubleStar) {
                    if (!ts.diagnosing()) {
                        throw ParseFailure.INSTANCE;
                    }
                    readRestOfArguments();
                    throw expr.errors.at(ts.furthest(), sawDoubleStar
                            ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument");
                }
                args.add(value);
            }
        } while (ts.accept(COMMA));
        return null;
    }

    private static boolean isSingleton(Token token) {
        return token.isName("True") || token.isName("False") || token.isName("None");
    }

    private Expr generatorArgument(Token open, Expr elt, boolean alone) {
        List<Comprehension> generators = expr.atoms.comprehensionClauses();
        if (!alone || !ts.at(RPAR)) {
            throw expr.errors.between(elt.span(), ts.spanFrom(elt.span()),
                    "Generator expression must be parenthesized");
        }
        ts.next();
        return new Expr.GeneratorExp(elt, generators, ts.spanFrom(open));
    }

    // ---- subscripts ---------------------------------------------------------------------------

    private Expr subscript(Token start, Expr value) {
        ts.next();
        Expr slice = slices();
        ts.expect(RSQB);
        return new Expr.Subscript(value, slice, ExprContext.Load, ts.spanFrom(start));
    }

    /** {@code slices}: one slice, or a tuple of slices and starred expressions. */
    private Expr slices() {
        Token start = ts.peek();
        Expr first = sliceItem();
        if (!ts.at(COMMA) && !(first instanceof Expr.Starred)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (ts.accept(COMMA) && !ts.at(RSQB)) {
            elts.add(sliceItem());
        }
        return new Expr.Tuple(elts, ExprContext.Load, ts.spanFrom(start));
    }

    private Expr sliceItem() {
        Token start = ts.peek();
        if (start.kind() == STAR) {
            ts.next();
            Expr value = expr.expression();
            return new Expr.Starred(value, ExprContext.Load, ts.spanFrom(start));
        }
        Expr lower = start.kind() == COLON ? null : expr.namedExpression();
        if (!ts.accept(COLON)) {
            return lower;
        }
        Expr upper = atSliceBoundEnd() ? null : expr.expression();
        Expr step = null;
        if (ts.accept(COLON)) {
            step = atSliceBoundEnd() ? null : expr.expression();
        }
        return new Expr.Slice(lower, upper, step, ts.spanFrom(start));
    }

    private boolean atSliceBoundEnd() {
        TokenKind kind = ts.peekKind();
        return kind == COLON || kind == COMMA || kind == RSQB;
    }

    /**
     * invalid_arguments' {@code args ',' args} names no location: CPython reports at the last token
     * read, after its second {@code args} has read all the arguments it can.
     */
    private void readRestOfArguments() {
        int mark = ts.mark();
        int depth = expr.depth();
        try {
            while (ts.accept(COMMA)) {
                Token start = ts.peek();
                if (start.kind() == STAR || start.kind() == DOUBLESTAR) {
                    ts.next();
                    expr.expression();
                } else if (start.kind() == NAME && !Keywords.isKeyword(start.text()) && ts.peek(1).kind() == EQUAL) {
                    ts.next();
                    ts.next();
                    expr.expression();
                } else {
                    expr.assignmentOrExpression();
                }
            }
        } catch (ParseFailure failure) {
            // the arguments end here
        }
        ts.reset(mark);
        expr.restoreDepth(depth);
    }
}
