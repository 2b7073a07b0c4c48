package dev.molt.compiler.syntax;

/**
 * One token. Lines are 1-based; {@code col} and {@code endCol} are 0-based UTF-8 byte offsets within
 * their line, as CPython's AST positions are. {@code start}/{@code end} index the decoded source text
 * (Java chars), so {@code text} is {@code source.substring(start, end)} except for synthetic tokens
 * (NEWLINE at end of file, INDENT, DEDENT, ENDMARKER), whose text is empty.
 */
public record Token(TokenKind kind, String text, int line, int col, int endLine, int endCol, int start, int end) {

    public boolean is(TokenKind expected) {
        return kind == expected;
    }

    /** A NAME token with exactly this text: how keywords and soft keywords are recognised. */
    public boolean isName(String name) {
        return kind == TokenKind.NAME && text.equals(name);
    }
}
