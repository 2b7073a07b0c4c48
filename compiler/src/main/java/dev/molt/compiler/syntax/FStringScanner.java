package dev.molt.compiler.syntax;

/**
 * Scans the literal part of an f-string (CPython's tok_get_fstring_mode): an FSTRING_MIDDLE
 * segment, the FSTRING_END, or, at a replacement field's opening brace, hands over to the regular
 * tokenizer. The splitting rules are documented on {@link Tokenizer}.
 */
final class FStringScanner {

    private final Tokenizer tok;
    private final FStringMode mode;
    private final String s;

    FStringScanner(Tokenizer tok, FStringMode mode) {
        this.tok = tok;
        this.mode = mode;
        this.s = tok.s;
    }

    Token scan() {
        int start = tok.pos;
        int startLine = tok.lineno;
        int startCol = tok.byteCol(start);
        if (tok.charAt(start) == '{' && tok.charAt(start + 1) != '{') {
            tok.enterReplacementField(mode, start);
            return tok.next();
        }
        if (atClosingQuote(start)) {
            tok.pos = start + mode.quoteSize;
            tok.popMode();
            return tok.token(TokenKind.FSTRING_END, start, startLine, startCol, tok.pos);
        }
        return middle(start, startLine, startCol);
    }

    private boolean atClosingQuote(int at) {
        for (int k = 0; k < mode.quoteSize; k++) {
            if (tok.charAt(at + k) != mode.quote) {
                return false;
            }
        }
        return true;
    }

    private Token middle(int start, int startLine, int startCol) {
        int endQuoteSize = 0;
        boolean unicodeEscape = false;
        while (endQuoteSize != mode.quoteSize) {
            int c = tok.charAt(tok.pos);
            tok.pos++;
            boolean inFormatSpec = mode.inFormatSpec();
            if (c == Tokenizer.EOF || (mode.quoteSize == 1 && c == '\n')) {
                tok.pos--;
                if (inFormatSpec && c == '\n') {
                    mode.inLiteral = false;
                    return segment(start, startLine, startCol);
                }
                throw unterminated();
            }
            if (c == mode.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '\n') {
                tok.newLineAfter(tok.pos - 1);
            } else if (c == '{') {
                if (tok.charAt(tok.pos) != '{' || inFormatSpec) {
                    tok.pos--;
                    tok.enterReplacementField(mode, tok.pos);
                } else {
                    tok.pos++;
                }
                return segment(start, startLine, startCol);
            } else if (c == '}') {
                if (unicodeEscape) {
                    return segment(start, startLine, startCol);
                }
                if (tok.charAt(tok.pos) == '}' && !inFormatSpec) {
                    tok.pos++;
                } else {
                    tok.pos--;
                    mode.inLiteral = false;
                }
                return segment(start, startLine, startCol);
            } else if (c == '\\') {
                unicodeEscape |= escape();
            }
        }
        tok.pos -= mode.quoteSize;
        return segment(start, startLine, startCol);
    }

    /** After a backslash: skips the escaped char (not a brace); true if it opened {@code \N{}. */
    private boolean escape() {
        int peek = tok.charAt(tok.pos);
        if (peek == '{' || peek == '}' || peek == Tokenizer.EOF) {
            return false;
        }
        tok.pos++;
        if (peek == '\n') {
            tok.newLineAfter(tok.pos - 1);
        } else if (peek == 'N' && !mode.raw && tok.charAt(tok.pos) == '{') {
            tok.pos++;
            return true;
        }
        return false;
    }

    private Token segment(int start, int startLine, int startCol) {
        return tok.token(TokenKind.FSTRING_MIDDLE, start, startLine, startCol, tok.pos);
    }

    private PythonSyntaxError unterminated() {
        String what = mode.quoteSize == 3 ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal";
        return tok.errorAtLine(what + " (detected at line " + tok.detectedLine() + ")", mode.startLine, mode.startLineStart,
                mode.start + 1);
    }
}
