package dev.molt.compiler.syntax;

import dev.molt.compiler.ast.Span;

/**
 * Builds {@link PythonSyntaxError}s located the way CPython locates parser-raised errors: 1-based
 * offsets from AST positions and tokens (which count UTF-8 bytes), converted to characters only when
 * the source declares its encoding, as CPython does.
 */
final class SyntaxErrors {

    private final SourceText source;

    SyntaxErrors(SourceText source) {
        this.source = source;
    }

    PythonSyntaxError at(Token token, String msg) {
        return at(PythonSyntaxError.Kind.SyntaxError, token, msg);
    }

    PythonSyntaxError at(PythonSyntaxError.Kind errorKind, Token token, String msg) {
        TokenKind kind = token.kind();
        if (kind == TokenKind.INDENT || kind == TokenKind.DEDENT || kind == TokenKind.ENDMARKER) {
            // CPython has no column for these; it reports its tokenizer cursor and no end.
            return raw(errorKind, msg, token.line(), cursorOffset(token), token.line(), -1);
        }
        return range(errorKind, msg, token.line(), token.col(), token.endLine(), token.endCol());
    }

    PythonSyntaxError at(Span span, String msg) {
        return range(PythonSyntaxError.Kind.SyntaxError, msg, span.lineno(), span.colOffset(), span.endLineno(),
                span.endColOffset());
    }

    PythonSyntaxError between(Span start, Span end, String msg) {
        return range(PythonSyntaxError.Kind.SyntaxError, msg, start.lineno(), start.colOffset(), end.endLineno(),
                end.endColOffset());
    }

    PythonSyntaxError between(Token start, Token end, String msg) {
        return range(PythonSyntaxError.Kind.SyntaxError, msg, start.line(), start.col(), end.endLine(),
                end.endCol());
    }

    PythonSyntaxError range(PythonSyntaxError.Kind kind, String msg, int line, int byteCol, int endLine,
            int endByteCol) {
        int offset = charOffset(line, byteCol);
        int endOffset = charOffset(endLine, endByteCol);
        return new PythonSyntaxError(kind, msg, line, offset, endLine, endOffset, lineText(line));
    }

    /** An error with an explicit CPython offset pair (for the few messages with unusual ranges). */
    PythonSyntaxError raw(PythonSyntaxError.Kind kind, String msg, int line, int offset, int endLine,
            int endOffset) {
        return new PythonSyntaxError(kind, msg, line, offset, endLine, endOffset, lineText(line));
    }

    private int cursorOffset(Token token) {
        try {
            return charOffset(token.line(), token.col()) - 1;
        } catch (RuntimeException e) {
            return token.col();
        }
    }

    /**
     * CPython's 1-based offset for a parser-raised error: characters when the source declares an
     * encoding, otherwise (plain UTF-8 bytes) the UTF-8 byte offset itself.
     */
    int charOffset(int line, int byteCol) {
        if (line < 1 || !source.declaresEncoding()) {
            return byteCol + 1;
        }
        return source.charColumn(line, byteCol) + 1;
    }

    String lineText(int line) {
        try {
            return source.line(line);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
