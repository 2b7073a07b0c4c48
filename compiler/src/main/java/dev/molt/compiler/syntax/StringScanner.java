package dev.molt.compiler.syntax;

/**
 * Scans a STRING token (any prefix, single or triple quotes) to its closing quote, raising
 * CPython's "unterminated string literal" errors, or "f-string: expecting '}'" when the quote that
 * fails to close matches the enclosing f-string's (the field was left open).
 */
final class StringScanner {

    private final Tokenizer tok;

    StringScanner(Tokenizer tok) {
        this.tok = tok;
    }

    /** A (non-f) string literal; quoteAt is the index of its opening quote. */
    Token scan(int start, int quoteAt) {
        int startLine = tok.lineno;
        int startLineStart = tok.lineStart;
        int startCol = tok.byteCol(start);
        char quote = tok.s.charAt(quoteAt);
        int quoteSize = 1;
        int endQuoteSize = 0;
        tok.pos = quoteAt + 1;
        if (tok.charAt(tok.pos) == quote) {
            if (tok.charAt(tok.pos + 1) == quote) {
                quoteSize = 3;
                tok.pos += 2;
            } else {
                tok.pos++;
                endQuoteSize = 1;
            }
        }
        while (endQuoteSize != quoteSize) {
            int c = tok.charAt(tok.pos++);
            if (c == Tokenizer.EOF || (quoteSize == 1 && c == '\n')) {
                tok.pos--;
                throw unterminated(quote, quoteSize, start, startLine, startLineStart);
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\n') {
                    tok.newLineAfter(tok.pos - 1);
                } else if (c == '\\') {
                    int e = tok.charAt(tok.pos++);
                    if (e == '\n') {
                        tok.newLineAfter(tok.pos - 1);
                    } else if (e == Tokenizer.EOF) {
                        tok.pos--;
                    }
                }
            }
        }
        return tok.token(TokenKind.STRING, start, startLine, startCol, tok.pos);
    }

    private PythonSyntaxError unterminated(char quote, int quoteSize, int start, int startLine, int startLineStart) {
        int detected = tok.detectedLine();
        FStringMode m = tok.currentMode();
        if (m != null && m.quote == quote && m.quoteSize == quoteSize) {
            return tok.errorAtLine("f-string: expecting '}'", startLine, startLineStart, start + 1);
        }
        String what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
        return tok.errorAtLine(what + " (detected at line " + detected + ")", startLine, startLineStart, start + 1);
    }
}
