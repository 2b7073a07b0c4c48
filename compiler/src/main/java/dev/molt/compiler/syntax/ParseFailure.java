package dev.molt.compiler.syntax;

/**
 * Signals that the current grammar alternative does not match. It carries nothing: where the parse
 * failed is read from the token stream, which remembers the furthest token ever fetched. A single
 * stackless instance keeps backtracking cheap.
 */
final class ParseFailure extends RuntimeException {

    static final ParseFailure INSTANCE = new ParseFailure();

    private ParseFailure() {
        super("no alternative matched", null, false, false);
    }
}
