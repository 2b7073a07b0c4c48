package dev.molt.compiler.syntax;

import dev.molt.compiler.ast.Span;
import java.util.Arrays;

/**
 * The parser's view of the tokens: a buffer filled lazily from the tokenizer, a cursor that can be
 * marked and reset for backtracking, and the helpers every grammar area uses to match tokens and to
 * compute node positions.
 */
final class TokenStream {

    private final Tokenizer tokenizer;
    private static final long BACKTRACK_ALLOWANCE = 100_000;
    private static final long BACKTRACKS_PER_TOKEN = 64;

    private Token[] buffer = new Token[512];
    private int fill;
    private int pos;
    private boolean tokenizerFailed;
    private boolean diagnosing;
    private int[] levels = new int[512];
    private int level;
    private int lineTokens;
    private int maxLineTokens;
    private int indentDepth;
    private int maxIndentDepth;
    private int elifDepth;
    private int maxElifDepth;
    /** Backtracks left to the diagnosing pass; see {@link #reset}. */
    private long backtracks;
    private final boolean budgeted;

    TokenStream(Tokenizer tokenizer, boolean diagnosing) {
        this.tokenizer = tokenizer;
        this.diagnosing = diagnosing;
        this.budgeted = diagnosing;
    }

    /**
     * The diagnosing pass gave up: its error rules re-parse sub-expressions at every nesting level,
     * which CPython's memoising parser does once, so deep malformed nesting would take exponential time.
     * The caller falls back to the first pass's generic error.
     */
    static final class DiagnosisAbandoned extends RuntimeException {
        static final DiagnosisAbandoned INSTANCE = new DiagnosisAbandoned();

        private DiagnosisAbandoned() {
            super("diagnosing pass over budget", null, false, false);
        }
    }

    /**
     * Whether this is the second pass over a source that failed to parse, where the grammar's
     * rules for specific error messages are tried (CPython's {@code call_invalid_rules}).
     */
    boolean diagnosing() {
        return diagnosing;
    }

    /** Switches the error rules off while a rule parses a sub-part "without invalid" rules. */
    boolean setDiagnosing(boolean on) {
        boolean was = diagnosing;
        diagnosing = on;
        return was;
    }

    /** Bracket nesting level after the already fetched token at {@code index}, as CPython's tokens record it. */
    int levelAt(int index) {
        return levels[index];
    }

    Token peek() {
        if (pos == fill) {
            fetch();
        }
        return buffer[pos];
    }

    /** The token {@code k} places ahead of the cursor ({@code peek(0) == peek()}). */
    Token peek(int k) {
        while (pos + k >= fill) {
            fetch();
        }
        return buffer[pos + k];
    }

    TokenKind peekKind() {
        return peek().kind();
    }

    Token next() {
        Token token = peek();
        if (token.kind() != TokenKind.ENDMARKER) {
            pos++;
        }
        return token;
    }

    /** A token already fetched, by buffer index (as returned by {@link #mark()}). */
    Token tokenAt(int index) {
        return buffer[index];
    }

    /**
     * Replaces the already fetched token at {@code index}, returning the one it replaces. Error rules
     * use it to end the input early and restore it after; the normal parse never calls it.
     */
    Token substitute(int index, Token token) {
        Token old = buffer[index];
        buffer[index] = token;
        return old;
    }

    /** Index one past the furthest token fetched so far. */
    int fetched() {
        return fill;
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
        // Linear in the tokens seen, with room to spare: ordinary error passes backtrack a few times
        // per token; exponential re-parsing blows through this quickly.
        if (budgeted && ++backtracks > BACKTRACK_ALLOWANCE + BACKTRACKS_PER_TOKEN * fill) {
            throw DiagnosisAbandoned.INSTANCE;
        }
    }

    /** The furthest token fetched so far: where CPython reports a generic "invalid syntax". */
    Token furthest() {
        if (fill == 0) {
            fetch();
        }
        return buffer[fill - 1];
    }

    /**
     * The error that replaces the parser's {@code error}: CPython tokenizes the rest of the source
     * after a parser error (not after a tokenizer error) and a tokenizer error found there wins, as
     * does a bracket left open on an earlier line than the furthest token read.
     */
    PythonSyntaxError preferLaterTokenizerError(PythonSyntaxError error) {
        if (tokenizerFailed) {
            return error;
        }
        PythonSyntaxError later = tokenizer.scanRestForError(furthest().line());
        return later != null ? later : error;
    }

    private void fetch() {
        if (fill > 0 && buffer[fill - 1].kind() == TokenKind.ENDMARKER) {
            // Past the end the stream keeps answering ENDMARKER rather than asking the tokenizer again.
            ensureCapacity();
            buffer[fill] = buffer[fill - 1];
            levels[fill] = level;
            fill++;
            return;
        }
        Token token;
        try {
            token = tokenizer.next();
        } catch (PythonSyntaxError error) {
            tokenizerFailed = true;
            throw error;
        }
        ensureCapacity();
        switch (token.kind()) {
            case LPAR, LSQB, LBRACE -> level++;
            case RPAR, RSQB, RBRACE -> level = Math.max(0, level - 1);
            default -> { }
        }
        levels[fill] = level;
        buffer[fill++] = token;
        measure(token.kind());
    }

    private void measure(TokenKind kind) {
        if (kind == TokenKind.NEWLINE) {
            maxLineTokens = Math.max(maxLineTokens, lineTokens);
            lineTokens = 0;
        } else if (kind == TokenKind.INDENT) {
            maxIndentDepth = Math.max(maxIndentDepth, ++indentDepth);
        } else if (kind == TokenKind.DEDENT) {
            indentDepth--;
        } else {
            lineTokens++;
        }
    }

    /**
     * An upper bound on the depth of the tree parsed from the tokens fetched so far. Below the
     * statement level every node on a root-to-leaf path owns a token of its logical line (a few
     * share one with their parent, hence the factor 2); statements nest with the indentation.
     */
    int treeDepthBound() {
        return 2 * Math.max(maxLineTokens, lineTokens) + 3 * (maxIndentDepth + 2) + maxElifDepth;
    }

    /** Each {@code elif} nests its If one level deeper without any indentation. */
    void enterElif() {
        maxElifDepth = Math.max(maxElifDepth, ++elifDepth);
    }

    void exitElif() {
        elifDepth--;
    }

    private void ensureCapacity() {
        if (fill == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
            levels = Arrays.copyOf(levels, buffer.length);
        }
    }

    // ---- matching helpers -------------------------------------------------------------------

    boolean at(TokenKind kind) {
        return peek().kind() == kind;
    }

    boolean atKeyword(String keyword) {
        Token token = peek();
        return token.kind() == TokenKind.NAME && token.text().equals(keyword);
    }

    boolean accept(TokenKind kind) {
        if (peek().kind() == kind) {
            pos++;
            return true;
        }
        return false;
    }

    boolean acceptKeyword(String keyword) {
        if (atKeyword(keyword)) {
            pos++;
            return true;
        }
        return false;
    }

    Token expect(TokenKind kind) {
        Token token = peek();
        if (token.kind() != kind) {
            throw ParseFailure.INSTANCE;
        }
        pos++;
        return token;
    }

    Token expectKeyword(String keyword) {
        Token token = peek();
        if (token.kind() != TokenKind.NAME || !token.text().equals(keyword)) {
            throw ParseFailure.INSTANCE;
        }
        pos++;
        return token;
    }

    /** A NAME that is not a keyword, as an identifier; fails otherwise. */
    String expectIdentifier() {
        Token token = peek();
        if (token.kind() != TokenKind.NAME || Keywords.isKeyword(token.text())) {
            throw ParseFailure.INSTANCE;
        }
        pos++;
        return Keywords.identifier(token.text());
    }

    // ---- positions --------------------------------------------------------------------------

    /**
     * The last consumed token that is not layout (NEWLINE, INDENT, DEDENT, ENDMARKER): CPython ends
     * every node there.
     */
    Token lastConsumed() {
        int i = pos - 1;
        while (i > 0 && isLayout(buffer[i].kind())) {
            i--;
        }
        return buffer[Math.max(i, 0)];
    }

    private static boolean isLayout(TokenKind kind) {
        return kind == TokenKind.NEWLINE || kind == TokenKind.INDENT || kind == TokenKind.DEDENT
                || kind == TokenKind.ENDMARKER;
    }

    Span spanFrom(Token start) {
        Token end = lastConsumed();
        return new Span(start.line(), start.col(), end.endLine(), end.endCol());
    }

    Span spanFrom(Span start) {
        Token end = lastConsumed();
        return new Span(start.lineno(), start.colOffset(), end.endLine(), end.endCol());
    }

    static Span spanOf(Token token) {
        return new Span(token.line(), token.col(), token.endLine(), token.endCol());
    }

    static Span between(Span start, Span end) {
        return new Span(start.lineno(), start.colOffset(), end.endLineno(), end.endColOffset());
    }
}
