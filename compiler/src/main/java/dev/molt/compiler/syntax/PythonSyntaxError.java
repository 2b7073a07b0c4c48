package dev.molt.compiler.syntax;

/**
 * A syntax error as CPython reports it. {@code offset} and {@code endOffset} are 1-based and count
 * characters (code points) of {@code lineText}, like {@code SyntaxError.offset}; 0 when CPython gives
 * none. {@code lineText} is the offending source line without its line terminator, or null.
 */
public final class PythonSyntaxError extends RuntimeException {

    /** The exact Python exception class. */
    public enum Kind { SyntaxError, IndentationError, TabError }

    private final Kind kind;
    private final String msg;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String lineText;

    public PythonSyntaxError(Kind kind, String msg, int lineno, int offset, int endLineno, int endOffset,
            String lineText) {
        super(kind + ": " + msg + " (line " + lineno + ")", null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.lineText = lineText;
    }

    public Kind kind() {
        return kind;
    }

    public String msg() {
        return msg;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    public String lineText() {
        return lineText;
    }
}
