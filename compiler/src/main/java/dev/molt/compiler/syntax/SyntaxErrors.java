package dev.molt.compiler.syntax;

import dev.molt.compiler.ast.Span;

/**
 * Builds {@link PythonSyntaxError}s located the way CPython locates them: 1-based offsets counted in
 * characters of the source line, from AST positions and tokens counted in UTF-8 bytes.
 */
final class SyntaxErrors {

    private final SourceText source;

    SyntaxErrors(SourceText source) {
        this.source = source;
    }

    PythonSyntaxError at(Token token, String msg) {
        return range(PythonSyntaxError.Kind.SyntaxError, msg, token.line(), token.col(), token.endLine(),
                token.endCol());
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

    int charOffset(int line, int byteCol) {
        if (line < 1) {
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
