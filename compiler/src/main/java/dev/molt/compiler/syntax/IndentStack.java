package dev.molt.compiler.syntax;

import dev.molt.compiler.syntax.PythonSyntaxError.Kind;

/**
 * The indentation levels of the open blocks and the INDENT/DEDENT tokens still to emit. Each
 * level is measured twice, with tabs to multiples of 8 and with tab size 1: if the two measures
 * disagree on the comparison with the enclosing level, tabs and spaces are mixed inconsistently
 * (TabError), as in CPython.
 */
final class IndentStack {

    private static final int MAX_INDENT = 100;

    private final Tokenizer tok;
    private final int[] cols = new int[MAX_INDENT + 1];
    private final int[] altCols = new int[MAX_INDENT + 1];
    private int depth;
    /** INDENTs (> 0) or DEDENTs (< 0) still to emit. */
    private int pending;

    IndentStack(Tokenizer tok) {
        this.tok = tok;
    }

    boolean hasPending() {
        return pending != 0;
    }

    /** Consumes one pending token: true for DEDENT, false for INDENT. */
    boolean takePendingIsDedent() {
        if (pending < 0) {
            pending++;
            return true;
        }
        pending--;
        return false;
    }

    /** A logical line starts at column col (altCol with tab size 1): queue INDENT/DEDENTs. */
    void startLine(int col, int altCol) {
        if (col == cols[depth]) {
            if (altCol != altCols[depth]) {
                throw tabError();
            }
        } else if (col > cols[depth]) {
            if (depth + 1 >= MAX_INDENT) {
                throw tok.parserError(Kind.IndentationError, "too many levels of indentation", tok.lineno, 1,
                        tok.lineno, 0);
            }
            if (altCol <= altCols[depth]) {
                throw tabError();
            }
            pending++;
            cols[++depth] = col;
            altCols[depth] = altCol;
        } else {
            while (depth > 0 && col < cols[depth]) {
                pending--;
                depth--;
            }
            if (col != cols[depth]) {
                throw tok.parserError(Kind.IndentationError, "unindent does not match any outer indentation level",
                        tok.lineno, tok.lineBytesWithNewline(), tok.lineno, -1);
            }
            if (altCol != altCols[depth]) {
                throw tabError();
            }
        }
    }

    private PythonSyntaxError tabError() {
        return tok.parserError(Kind.TabError, "inconsistent use of tabs and spaces in indentation", tok.lineno, 1,
                tok.lineno, 0);
    }
}
