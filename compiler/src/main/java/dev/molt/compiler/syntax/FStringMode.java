package dev.molt.compiler.syntax;

/**
 * Tokenizer state of one f-string being scanned (CPython's tokenizer_mode): its quote, where it
 * started (for "unterminated" errors) and the bracket depths that tell literal text, replacement
 * field expressions and format specs apart.
 */
final class FStringMode {

    final char quote;
    final int quoteSize;
    final boolean raw;
    /** Char index of the token start (the prefix), its line and that line's start index. */
    final int start;
    final int startLine;
    final int startLineStart;
    /** True while scanning literal text or a format spec; false inside a replacement field. */
    boolean inLiteral = true;
    /** Brackets opened inside this f-string's replacement fields ({@code curly_bracket_depth}). */
    int bracketDepth;
    /**
     * Bracket depth at which the innermost open replacement field started, -1 outside any field
     * ({@code curly_bracket_expr_start_depth}). A format spec is being scanned when this is >= 0
     * and {@link #inLiteral} holds.
     */
    int exprStartDepth = -1;

    FStringMode(char quote, int quoteSize, boolean raw, int start, int startLine, int startLineStart) {
        this.quote = quote;
        this.quoteSize = quoteSize;
        this.raw = raw;
        this.start = start;
        this.startLine = startLine;
        this.startLineStart = startLineStart;
    }

    boolean inFormatSpec() {
        return exprStartDepth >= 0;
    }
}
