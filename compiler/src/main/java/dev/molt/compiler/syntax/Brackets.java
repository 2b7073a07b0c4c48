package dev.molt.compiler.syntax;

import dev.molt.compiler.syntax.PythonSyntaxError.Kind;

/**
 * The open brackets of a tokenizer (CPython's paren stack): nesting limit, matching of closing
 * brackets, the "was never closed" error at end of input, and the f-string bracket depths that
 * tell a replacement field's end.
 */
final class Brackets {

    private static final int MAX_LEVEL = 200;

    private final Tokenizer tok;
    private final char[] stack = new char[MAX_LEVEL];
    private final int[] lines = new int[MAX_LEVEL];
    private final int[] byteCols = new int[MAX_LEVEL];
    private int level;

    Brackets(Tokenizer tok) {
        this.tok = tok;
    }

    int level() {
        return level;
    }

    /** Line of the innermost open bracket. */
    int innermostLine() {
        return lines[level - 1];
    }

    /** An opening bracket at char index start (the tokenizer is just past it). */
    void open(char c, int start) {
        if (level >= MAX_LEVEL) {
            throw tok.errorAt("too many nested parentheses", tok.pos);
        }
        stack[level] = c;
        lines[level] = tok.lineno;
        byteCols[level] = tok.byteCol(start);
        level++;
        FStringMode m = tok.currentMode();
        if (m != null) {
            m.bracketDepth++;
        }
    }

    /** A closing bracket (the tokenizer is just past it). */
    void close(char c) {
        FStringMode m = tok.currentMode();
        if (m != null && m.bracketDepth == 0 && c == '}') {
            throw tok.errorAt("f-string: single '}' is not allowed", tok.pos);
        }
        if (level == 0) {
            throw tok.errorAt("unmatched '" + c + "'", tok.pos);
        }
        level--;
        char opening = stack[level];
        if (!(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}')) {
            if (m != null && opening == '{' && m.bracketDepth - 1 == m.exprStartDepth) {
                throw tok.errorAt("f-string: unmatched '" + c + "'", tok.pos);
            }
            String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + opening + "'";
            if (lines[level] != tok.lineno) {
                msg += " on line " + lines[level];
            }
            throw tok.errorAt(msg, tok.pos);
        }
        if (m != null) {
            m.bracketDepth--;
            if (c == '}' && m.bracketDepth == m.exprStartDepth) {
                m.exprStartDepth--;
                m.inLiteral = true;
            }
        }
    }

    /** CPython's error for the innermost bracket still open at end of input. */
    PythonSyntaxError unclosed() {
        int i = level - 1;
        return tok.parserError(Kind.SyntaxError, "'" + stack[i] + "' was never closed", lines[i], byteCols[i] + 1,
                lines[i], 0);
    }
}
