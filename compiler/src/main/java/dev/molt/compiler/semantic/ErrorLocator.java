package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.Span;
import dev.molt.compiler.syntax.PythonSyntaxError;
import dev.molt.compiler.syntax.SourceText;

/**
 * Turns an AST span into the SyntaxError CPython raises after parsing. CPython's symtable and
 * compiler report {@code col_offset + 1} without converting UTF-8 byte columns to characters
 * (checked against 3.12.1 on non-ASCII lines), so neither do we.
 */
final class ErrorLocator {
    private final SourceText source;

    ErrorLocator(SourceText source) {
        this.source = source;
    }

    /** A ranged error, as {@code SET_ERROR_LOCATION} / {@code PyErr_RangedSyntaxLocationObject}. */
    PythonSyntaxError at(Span span, String message) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, message, span.lineno(),
                span.colOffset() + 1, span.endLineno(), span.endColOffset() + 1, line(span.lineno()));
    }

    /** A start-only error, as {@code PyErr_SyntaxLocationObject}: no end offset. */
    PythonSyntaxError atStart(Span span, String message) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, message, span.lineno(),
                span.colOffset() + 1, span.lineno(), 0, line(span.lineno()));
    }

    private String line(int lineno) {
        if (source == null || lineno < 1) {
            return null;
        }
        try {
            return source.line(lineno);
        } catch (RuntimeException outOfRange) {
            return null;
        }
    }
}
