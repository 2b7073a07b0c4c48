package dev.molt.compiler.syntax;

import static dev.molt.compiler.syntax.TokenKind.*;

import dev.molt.compiler.ast.ConstantValue;
import dev.molt.compiler.ast.Expr;
import dev.molt.compiler.ast.Span;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of adjacent string literals ({@code strings} in CPython's grammar): plain and bytes
 * literals are decoded here, f-strings are delegated to {@link FStringParser}, and the pieces are
 * concatenated into one Constant or one JoinedStr as CPython's {@code _PyPegen_concatenate_strings}
 * does.
 */
final class StringLiteralParser {

    private final TokenStream ts;
    private final SyntaxErrors errors;
    private final FStringParser fstrings;
    private final SourceText source;

    StringLiteralParser(ExpressionParser expr, SourceText source) {
        this.ts = expr.ts;
        this.errors = expr.errors;
        this.fstrings = new FStringParser(expr, this, source);
        this.source = source;
    }

    Expr strings() {
        Token first = ts.peek();
        if (first.kind() == STRING && !startsString(ts.peek(1))) {
            ts.next();
            return literal(first);
        }
        List<Expr> pieces = new ArrayList<>();
        boolean fstring = false;
        boolean bytes = false;
        boolean text = false;
        while (startsString(ts.peek())) {
            Token token = ts.peek();
            Expr piece;
            if (token.kind() == STRING) {
                ts.next();
                piece = literal(token);
            } else {
                piece = fstrings.fstring();
                fstring = true;
            }
            if (piece instanceof Expr.Constant constant && constant.value() instanceof ConstantValue.Bytes) {
                bytes = true;
            } else {
                text = true;
            }
            pieces.add(piece);
        }
        if (bytes && text) {
            throw errors.at(ts.furthest(), "cannot mix bytes and nonbytes literals");
        }
        Span span = ts.spanFrom(first);
        if (!fstring) {
            return concatenateConstants(pieces, span, bytes);
        }
        return new Expr.JoinedStr(FStringParser.mergeParts(pieces), span);
    }

    private static boolean startsString(Token token) {
        return token.kind() == STRING || token.kind() == FSTRING_START;
    }

    private static Expr concatenateConstants(List<Expr> pieces, Span span, boolean bytes) {
        Expr.Constant first = (Expr.Constant) pieces.get(0);
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Expr piece : pieces) {
                out.writeBytes(((ConstantValue.Bytes) ((Expr.Constant) piece).value()).value());
            }
            return new Expr.Constant(new ConstantValue.Bytes(out.toByteArray()), first.kind(), span);
        }
        int length = 0;
        for (Expr piece : pieces) {
            length += ((ConstantValue.Str) ((Expr.Constant) piece).value()).codePoints().length;
        }
        int[] joined = new int[length];
        int at = 0;
        for (Expr piece : pieces) {
            int[] part = ((ConstantValue.Str) ((Expr.Constant) piece).value()).codePoints();
            System.arraycopy(part, 0, joined, at, part.length);
            at += part.length;
        }
        return new Expr.Constant(new ConstantValue.Str(joined), first.kind(), span);
    }

    /** One STRING token as a Constant spanning the token. */
    private Expr literal(Token token) {
        String text = token.text();
        int quote = 0;
        boolean raw = false;
        boolean bytes = false;
        boolean unicode = false;
        while (text.charAt(quote) != '\'' && text.charAt(quote) != '"') {
            switch (text.charAt(quote)) {
                case 'r', 'R' -> raw = true;
                case 'b', 'B' -> bytes = true;
                case 'u', 'U' -> unicode = true;
                default -> {
                }
            }
            quote++;
        }
        int quoteLength = isTriple(text, quote) ? 3 : 1;
        String body = text.substring(quote + quoteLength, text.length() - quoteLength);
        Span span = TokenStream.spanOf(token);
        int bodyStart = token.start() + quote + quoteLength;
        try {
            if (!bytes) {
                checkDecodable(token, bodyStart, bodyStart + body.length());
            }
            if (bytes) {
                checkAscii(token, body);
                return new Expr.Constant(new ConstantValue.Bytes(StringDecoder.decodeBytes(body, raw)), null, span);
            }
            int[] codePoints = StringDecoder.decodeStr(body, raw, false);
            return new Expr.Constant(new ConstantValue.Str(codePoints), unicode ? "u" : null, span);
        } catch (StringDecoder.Malformed e) {
            throw errors.at(token, e.getMessage());
        }
    }

    static boolean isTriple(String text, int quote) {
        char q = text.charAt(quote);
        return text.length() >= quote + 6 && text.charAt(quote + 1) == q && text.charAt(quote + 2) == q;
    }

    /** Undecodable source bytes inside a literal fail as CPython's UTF-8 codec reports them. */
    void checkDecodable(Token token, int from, int to) {
        if (source.hasEscapedBytes(from, to)) {
            Utf8Errors.Error error = Utf8Errors.describe(source.originalBytes(from, to));
            if (error != null) {
                throw errors.at(token, "(unicode error) " + error.message());
            }
        }
    }

    private void checkAscii(Token token, String body) {
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 0x80) {
                throw errors.at(token, "bytes can only contain ASCII literal characters");
            }
        }
    }
}
