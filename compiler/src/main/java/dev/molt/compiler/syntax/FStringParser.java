package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.ConstantValue;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One f-string, from FSTRING_START to FSTRING_END: literal segments (FSTRING_MIDDLE, raw source text)
 * become Constants, replacement fields become FormattedValues with their conversion, format spec and
 * {@code =} debug text. {@link #mergeParts} then joins the pieces of a run of literals.
 */
final class FStringParser {

    private final ExpressionParser expr;
    private final TokenStream ts;
    private final SourceText source;
    private final StringLiteralParser strings;

    FStringParser(ExpressionParser expr, StringLiteralParser strings, SourceText source) {
        this.expr = expr;
        this.strings = strings;
        this.ts = expr.ts;
        this.source = source;
    }

    /** A JoinedStr holding this f-string's pieces exactly as written (merging happens later). */
    Expr fstring() {
        Token start = ts.expect(FSTRING_START);
        boolean raw = start.text().indexOf('r') >= 0 || start.text().indexOf('R') >= 0;
        List<Expr> values = pieces(FSTRING_END, raw);
        ts.next();
        return new Expr.JoinedStr(values, ts.spanFrom(start));
    }

    /** Literal segments and replacement fields up to (not including) a token of kind {@code end}. */
    private List<Expr> pieces(TokenKind end, boolean raw) {
        List<Expr> values = new ArrayList<>();
        while (!ts.at(end)) {
            Token token = ts.peek();
            if (token.kind() == FSTRING_MIDDLE) {
                ts.next();
                values.add(middle(token, raw));
            } else if (token.kind() == LBRACE) {
                replacementField(raw, values);
            } else {
                throw ParseFailure.INSTANCE;
            }
        }
        return values;
    }

    private Expr middle(Token token, boolean raw) {
        strings.checkDecodable(token, token.start(), token.end());
        try {
            int[] codePoints = StringDecoder.decodeStr(token.text(), raw, true);
            return new Expr.Constant(new ConstantValue.Str(codePoints), null, TokenStream.spanOf(token));
        } catch (StringDecoder.Malformed e) {
            throw expr.errors.at(token, e.getMessage());
        }
    }

    /** {@code { expression [=] [!conversion] [:format_spec] }}, appended to {@code values}. */
    private void replacementField(boolean raw, List<Expr> values) {
        Token open = ts.next();
        int mark = ts.mark();
        int depth = expr.depth();
        try {
            values.add(replacementFieldBody(open, raw, values));
        } catch (ParseFailure failure) {
            if (!ts.diagnosing()) {
                throw failure;
            }
            ts.reset(mark);
            expr.restoreDepth(depth);
            invalidReplacementField(raw);
            throw failure;
        }
    }

    /** The grammar's main alternative; a debug text Constant, if any, goes to {@code values} first. */
    private Expr replacementFieldBody(Token open, boolean raw, List<Expr> values) {
        Token first = ts.peek();
        if (ts.diagnosing() && first.isName("lambda")) {
            unparenthesizedLambda(first);
        }
        int expressionStart = ts.mark();
        Expr value = expr.yieldOrStarExpressions();
        int textEndIndex = -1;
        if (ts.accept(EQUAL)) {
            textEndIndex = ts.mark();
        }
        Token conversionName = ts.at(EXCLAMATION) ? conversionName() : null;
        Expr formatSpec = ts.at(COLON) ? formatSpec(raw) : null;
        if (!ts.at(RBRACE)) {
            throw ParseFailure.INSTANCE;
        }
        ts.next();
        int conversion = conversionName == null ? -1 : conversion(conversionName);
        if (textEndIndex >= 0) {
            Token textEnd = ts.tokenAt(textEndIndex);
            String text = debugText(open, expressionStart, textEndIndex);
            values.add(new Expr.Constant(ConstantValue.Str.of(text), null,
                    new Span(open.endLine(), open.endCol(), textEnd.line(), textEnd.col())));
            if (conversion == -1 && formatSpec == null) {
                conversion = 'r';
            }
        }
        return new Expr.FormattedValue(value, conversion, formatSpec, ts.spanFrom(open));
    }

    /** {@code '!' NAME}, which must touch; the cursor is on the '!'. */
    private Token conversionName() {
        Token bang = ts.next();
        Token name = ts.expect(NAME);
        if (bang.endLine() != name.line() || bang.endCol() != name.col()) {
            throw expr.errors.between(bang, name, "f-string: conversion type must come right after the exclamanation mark");
        }
        return name;
    }

    /**
     * CPython's {@code invalid_replacement_field}, its alternatives in order, the cursor after the
     * '{'; returns (for the caller's ParseFailure) when none applies.
     */
    private void invalidReplacementField(boolean raw) {
        Token first = ts.peek();
        switch (first.kind()) {
            case EQUAL, EXCLAMATION, COLON, RBRACE -> throw expr.errors.at(first,
                    "f-string: valid expression required before '" + first.text() + "'");
            default -> {
            }
        }
        try {
            expr.yieldOrStarExpressions();
        } catch (ParseFailure failure) {
            throw expr.errors.at(first, "f-string: expecting a valid expression after '{'");
        }
        if (!atAny(EQUAL, EXCLAMATION, COLON, RBRACE)) {
            throw expr.errors.at(ts.peek(), "f-string: expecting '=', or '!', or ':', or '}'");
        }
        if (ts.accept(EQUAL) && !atAny(EXCLAMATION, COLON, RBRACE)) {
            throw expr.errors.at(ts.peek(), "f-string: expecting '!', or ':', or '}'");
        }
        if (ts.accept(EXCLAMATION)) {
            if (atAny(COLON, RBRACE)) {
                throw expr.errors.at(ts.peek(), "f-string: missing conversion character");
            }
            if (!ts.accept(NAME)) {
                throw expr.errors.at(ts.peek(), "f-string: invalid conversion character");
            }
        }
        if (!atAny(COLON, RBRACE)) {
            throw expr.errors.at(ts.peek(), "f-string: expecting ':' or '}'");
        }
        if (ts.accept(COLON)) {
            formatSpecPieces(raw);
            if (!ts.at(RBRACE)) {
                throw expr.errors.at(ts.peek(), "f-string: expecting '}', or format specs");
            }
        }
    }

    /** {@code fstring_format_spec*}: as many literal segments and nested fields as parse. */
    private void formatSpecPieces(boolean raw) {
        List<Expr> ignored = new ArrayList<>();
        while (true) {
            if (ts.accept(FSTRING_MIDDLE)) {
                continue;
            }
            if (!ts.at(LBRACE)) {
                return;
            }
            int mark = ts.mark();
            int depth = expr.depth();
            try {
                replacementField(raw, ignored);
            } catch (ParseFailure failure) {
                ts.reset(mark);
                expr.restoreDepth(depth);
                return;
            }
        }
    }

    private boolean atAny(TokenKind a, TokenKind b, TokenKind c, TokenKind d) {
        TokenKind kind = ts.peekKind();
        return kind == a || kind == b || kind == c || kind == d;
    }

    private boolean atAny(TokenKind a, TokenKind b, TokenKind c) {
        return atAny(a, b, c, c);
    }

    private boolean atAny(TokenKind a, TokenKind b) {
        return atAny(a, b, b, b);
    }

    /**
     * CPython's f-string lambda rule: {@code f"{lambda x: x}"} ends the expression at the ':', which
     * starts a format spec, so the lambda must be parenthesized.
     */
    private void unparenthesizedLambda(Token lambda) {
        int mark = ts.mark();
        int depth = expr.depth();
        try {
            ts.next();
            expr.parameters.lambdaParameters();
            Token colon = ts.peek();
            if (colon.kind() == COLON) {
                throw expr.errors.between(TokenStream.spanOf(lambda), TokenStream.spanOf(colon),
                        "f-string: lambda expressions are not allowed without parentheses");
            }
        } catch (ParseFailure failure) {
            // not a lambda head after all
        }
        ts.reset(mark);
        expr.restoreDepth(depth);
    }

    /**
     * The source of a replacement field up to its '=' and the whitespace after it, as CPython keeps
     * it for {@code f"{x = }"}: comments between the tokens are left out.
     */
    private String debugText(Token open, int firstIndex, int endIndex) {
        String text = source.text();
        StringBuilder out = new StringBuilder();
        int from = open.end();
        for (int i = firstIndex; i <= endIndex; i++) {
            Token token = ts.tokenAt(i);
            appendGap(out, text, from, token.start());
            if (i < endIndex) {
                out.append(text, token.start(), token.end());
            }
            from = token.end();
        }
        return out.toString();
    }

    private static void appendGap(StringBuilder out, String text, int from, int to) {
        int hash = text.indexOf('#', from);
        while (hash >= 0 && hash < to) {
            out.append(text, from, hash);
            int newline = text.indexOf('\n', hash);
            from = newline < 0 || newline > to ? to : newline;
            hash = text.indexOf('#', from);
        }
        out.append(text, from, to);
    }

    private int conversion(Token name) {
        return switch (name.text()) {
            case "r" -> 'r';
            case "s" -> 's';
            case "a" -> 'a';
            default -> throw expr.errors.at(name, "f-string: invalid conversion character '" + name.text()
                    + "': expected 's', 'r', or 'a'");
        };
    }

    private Expr formatSpec(boolean raw) {
        Token colon = ts.next();
        List<Expr> values = pieces(RBRACE, raw);
        // Like 3.11, a spec that is only an empty literal is an empty JoinedStr.
        if (values.size() == 1 && isEmptyString(values.get(0))) {
            values = List.of();
        }
        return new Expr.JoinedStr(values, ts.spanFrom(colon));
    }

    private static boolean isEmptyString(Expr e) {
        return e instanceof Expr.Constant constant && constant.value() instanceof ConstantValue.Str str
                && str.codePoints().length == 0;
    }

    /**
     * Flattens the pieces of a string run (Constants and the JoinedStrs of f-strings) into the
     * values of one JoinedStr: adjacent Constants are merged (spanning from the first to the last,
     * with the first one's kind) and empty strings dropped.
     */
    static List<Expr> mergeParts(List<Expr> pieces) {
        List<Expr> flat = new ArrayList<>();
        for (Expr piece : pieces) {
            if (piece instanceof Expr.JoinedStr joined) {
                flat.addAll(joined.values());
            } else {
                flat.add(piece);
            }
        }
        List<Expr> values = new ArrayList<>(flat.size());
        int i = 0;
        while (i < flat.size()) {
            Expr e = flat.get(i);
            if (!(e instanceof Expr.Constant first)) {
                values.add(e);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < flat.size() && flat.get(j) instanceof Expr.Constant) {
                j++;
            }
            Expr merged = j == i + 1 ? first : mergeConstants(flat.subList(i, j));
            if (!isEmptyString(merged)) {
                values.add(merged);
            }
            i = j;
        }
        return values;
    }

    private static Expr mergeConstants(List<Expr> run) {
        Expr.Constant first = (Expr.Constant) run.get(0);
        Expr.Constant last = (Expr.Constant) run.get(run.size() - 1);
        int length = 0;
        for (Expr e : run) {
            length += ((ConstantValue.Str) ((Expr.Constant) e).value()).codePoints().length;
        }
        int[] joined = new int[length];
        int at = 0;
        for (Expr e : run) {
            int[] part = ((ConstantValue.Str) ((Expr.Constant) e).value()).codePoints();
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        Span span = new Span(first.span().lineno(), first.span().colOffset(), last.span().endLineno(),
                last.span().endColOffset());
        return new Expr.Constant(new ConstantValue.Str(joined), first.kind(), span);
    }
}
