package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.Comprehension;
import dev.molt.compiler.ast.ConstantValue;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.Span;
import dev.molt.compiler.ast.ExprContext;
import java.util.ArrayList;
import java.util.List;

/** CPython's {@code atom}: names, literals, and the parenthesised, list, set and dict displays. */
final class AtomParser {

    private static final ConstantValue NONE = new ConstantValue.None();
    private static final ConstantValue TRUE = new ConstantValue.Bool(true);
    private static final ConstantValue FALSE = new ConstantValue.Bool(false);
    private static final ConstantValue ELLIPSIS = new ConstantValue.Ellipsis();

    private final ExpressionParser expr;
    private final TokenStream ts;
    final StringLiteralParser strings;

    AtomParser(ExpressionParser expr, StringLiteralParser strings) {
        this.expr = expr;
        this.ts = expr.ts;
        this.strings = strings;
    }

    Expr atom() {
        Token token = ts.peek();
        switch (token.kind()) {
            case NAME:
                return name(token);
            case NUMBER:
                ts.next();
                return new Expr.Constant(NumberLiteral.parse(token.text()), null, TokenStream.spanOf(token));
            case STRING, FSTRING_START:
                return strings.strings();
            case LPAR:
                return parenthesized();
            case LSQB:
                return list();
            case LBRACE:
                return braces();
            case ELLIPSIS:
                ts.next();
                return new Expr.Constant(ELLIPSIS, null, TokenStream.spanOf(token));
            default:
                throw ParseFailure.INSTANCE;
        }
    }

    private Expr name(Token token) {
        String text = token.text();
        if (Keywords.isKeyword(text)) {
            ConstantValue value = switch (text) {
                case "None" -> NONE;
                case "True" -> TRUE;
                case "False" -> FALSE;
                default -> throw ParseFailure.INSTANCE;
            };
            ts.next();
            return new Expr.Constant(value, null, TokenStream.spanOf(token));
        }
        ts.next();
        return new Expr.Name(Keywords.identifier(text), ExprContext.Load, TokenStream.spanOf(token));
    }

    /** A tuple, a parenthesised expression (returned without its parentheses) or a generator expression. */
    private Expr parenthesized() {
        Token open = ts.next();
        if (ts.accept(RPAR)) {
            return new Expr.Tuple(List.of(), ExprContext.Load, ts.spanFrom(open));
        }
        if (ts.atKeyword("yield")) {
            Expr yield = expr.yieldExpression();
            ts.expect(RPAR);
            return yield;
        }
        Expr first = expr.starNamedExpression();
        if (atComprehension()) {
            rejectStarredElement(first);
            List<Comprehension> generators = comprehensionClauses();
            ts.expect(RPAR);
            return new Expr.GeneratorExp(first, generators, ts.spanFrom(open));
        }
        if (ts.at(COMMA)) {
            List<Expr> elts = elementsAfter(first, RPAR);
            ts.expect(RPAR);
            return new Expr.Tuple(elts, ExprContext.Load, ts.spanFrom(open));
        }
        ts.expect(RPAR);
        if (first instanceof Expr.Starred) {
            throw expr.errors.at(first.span(), "cannot use starred expression here");
        }
        return first;
    }

    private Expr list() {
        Token open = ts.next();
        if (ts.accept(RSQB)) {
            return new Expr.List(List.of(), ExprContext.Load, ts.spanFrom(open));
        }
        Expr first = expr.starNamedExpression();
        if (atComprehension()) {
            rejectStarredElement(first);
            List<Comprehension> generators = comprehensionClauses();
            ts.expect(RSQB);
            return new Expr.ListComp(first, generators, ts.spanFrom(open));
        }
        List<Expr> elts = elementsAfter(first, RSQB);
        ts.expect(RSQB);
        return new Expr.List(elts, ExprContext.Load, ts.spanFrom(open));
    }

    /** The comma-separated display elements after {@code first}, up to (not including) {@code close}. */
    private List<Expr> elementsAfter(Expr first, TokenKind close) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        Token comma = ts.peek();
        while (ts.accept(COMMA) && !ts.at(close)) {
            if (close != RPAR && ts.diagnosing() && atComprehension()) {
                unparenthesizedComprehensionTarget(elts, comma);
            }
            elts.add(expr.starNamedExpression());
            comma = ts.peek();
        }
        if (close != RPAR && ts.diagnosing() && elts.size() > 1 && atComprehension()) {
            unparenthesizedComprehensionTarget(elts, null);
        }
        return elts;
    }

    /**
     * CPython's invalid_comprehension: {@code [a, b for ...]} (or a lone trailing comma before the
     * {@code for}) in a list or set display.
     */
    private void unparenthesizedComprehensionTarget(List<Expr> elts, Token trailingComma) {
        Span end = elts.size() == 1 && trailingComma != null ? TokenStream.spanOf(trailingComma)
                : elts.get(elts.size() - 1).span();
        throw expr.errors.between(elts.get(0).span(), end,
                "did you forget parentheses around the comprehension target?");
    }

    /**
     * A comprehension's element cannot be starred; CPython's invalid_comprehension names it when
     * the comprehension clauses parse.
     */
    private void rejectStarredElement(Expr element) {
        if (!(element instanceof Expr.Starred)) {
            return;
        }
        if (!ts.diagnosing()) {
            throw ParseFailure.INSTANCE;
        }
        comprehensionClauses();
        throw expr.errors.at(element.span(), "iterable unpacking cannot be used in comprehension");
    }

    private Expr braces() {
        Token open = ts.next();
        if (ts.accept(RBRACE)) {
            return new Expr.Dict(List.of(), List.of(), ts.spanFrom(open));
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        Token doubleStar = ts.peek();
        if (ts.accept(DOUBLESTAR)) {
            keys.add(null);
            values.add(expr.bitwiseOr());
            if (ts.diagnosing() && atComprehension()) {
                throw expr.errors.at(doubleStar, "dict unpacking cannot be used in dict comprehension");
            }
            return dictRest(open, keys, values);
        }
        Expr first = expr.starNamedExpression();
        Token colon = ts.peek();
        if (!(first instanceof Expr.Starred) && ts.accept(COLON)) {
            requireValueAfter(colon);
            Expr value = expr.expression();
            if (atComprehension()) {
                List<Comprehension> generators = comprehensionClauses();
                ts.expect(RBRACE);
                return new Expr.DictComp(first, value, generators, ts.spanFrom(open));
            }
            keys.add(first);
            values.add(value);
            return dictRest(open, keys, values);
        }
        if (atComprehension()) {
            rejectStarredElement(first);
            List<Comprehension> generators = comprehensionClauses();
            ts.expect(RBRACE);
            return new Expr.SetComp(first, generators, ts.spanFrom(open));
        }
        List<Expr> elts = elementsAfter(first, RBRACE);
        ts.expect(RBRACE);
        return new Expr.Set(elts, ts.spanFrom(open));
    }

    private Expr dictRest(Token open, List<Expr> keys, List<Expr> values) {
        while (ts.accept(COMMA) && !ts.at(RBRACE)) {
            if (ts.accept(DOUBLESTAR)) {
                keys.add(null);
                values.add(expr.bitwiseOr());
            } else {
                keys.add(dictKey());
                Token colon = ts.expect(COLON);
                requireValueAfter(colon);
                values.add(expr.expression());
            }
        }
        ts.expect(RBRACE);
        return new Expr.Dict(keys, values, ts.spanFrom(open));
    }

    /** A key after the first pair; on the error pass CPython's invalid_kvpair reports a missing ':'. */
    private Expr dictKey() {
        if (!ts.diagnosing()) {
            return expr.expression();
        }
        ts.setDiagnosing(false);
        Expr key;
        try {
            key = expr.expression();
        } finally {
            ts.setDiagnosing(true);
        }
        if (!ts.at(COLON)) {
            Span span = key.span();
            throw expr.errors.raw(PythonSyntaxError.Kind.SyntaxError, "':' expected after dictionary key",
                    span.lineno(), expr.errors.charOffset(span.endLineno(), span.endColOffset() - 1),
                    span.endLineno(), 0);
        }
        return key;
    }

    /** CPython's invalid_double_starred_kvpairs: a ':' followed directly by ',' or '}'. */
    private void requireValueAfter(Token colon) {
        if (ts.diagnosing() && (ts.at(COMMA) || ts.at(RBRACE))) {
            throw expr.errors.at(colon, "expression expected after dictionary key and ':'");
        }
    }

    // ---- comprehensions -----------------------------------------------------------------------

    boolean atComprehension() {
        Token token = ts.peek();
        if (token.kind() != NAME) {
            return false;
        }
        String text = token.text();
        return text.equals("for") || (text.equals("async") && ts.peek(1).kind() == NAME
                && ts.peek(1).text().equals("for"));
    }

    /** {@code for_if_clauses}: one or more {@code [async] for targets in disjunction (if disjunction)*}. */
    List<Comprehension> comprehensionClauses() {
        List<Comprehension> generators = new ArrayList<>(1);
        while (atComprehension()) {
            int isAsync = ts.acceptKeyword("async") ? 1 : 0;
            ts.next();
            Expr target = expr.targets.forTargets();
            Expr iter = expr.disjunction();
            List<Expr> ifs = List.of();
            while (ts.acceptKeyword("if")) {
                if (ifs.isEmpty()) {
                    ifs = new ArrayList<>(1);
                }
                ifs.add(expr.disjunction());
            }
            generators.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return generators;
    }
}
