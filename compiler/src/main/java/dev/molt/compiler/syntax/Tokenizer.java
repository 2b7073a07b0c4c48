package dev.molt.compiler.syntax;

import dev.molt.compiler.syntax.PythonSyntaxError.Kind;

/**
 * The token stream CPython 3.12's C tokenizer hands its parser (no COMMENT/NL tokens), produced
 * lazily by {@link #next()}, with CPython's positions and tokenizer-level errors.
 *
 * <p>Positions: see {@link Token}. Tokens CPython gives no position of their own (INDENT, DEDENT,
 * ENDMARKER) carry {@code col == endCol ==} the byte offset of CPython's tokenizer cursor from the
 * start of line {@code line} when the token is produced: for INDENT/DEDENT inside the file, the
 * first non-blank char of the line; for DEDENT/ENDMARKER at end of file, {@code line} is the last
 * line and the column is its byte length plus one (just past its newline). NEWLINE spans from a
 * comment preceding it on its line (CPython starts it there) or else from the newline char, to
 * just past the newline char; for the newline CPython appends to an unterminated last line the
 * token's text lacks that char but its end column still counts it.
 *
 * <p>F-strings (PEP 701) come as FSTRING_START (prefix and opening quote, e.g. {@code rf'''}),
 * then literal segments as FSTRING_MIDDLE and replacement fields as ordinary tokens
 * ({@code LBRACE ... [EXCLAMATION NAME] [COLON format-spec] RBRACE}), then FSTRING_END (closing
 * quote). FSTRING_MIDDLE text is the raw source of one literal segment: backslash escapes are not
 * decoded and a doubled brace stays as its two source chars. Segments are split where CPython
 * splits them:
 * <ul>
 * <li>before a single {@code {} that opens a replacement field (the brace is not in the segment);
 * <li>after a doubled {@code {{} or {@code }}} outside a format spec: the segment ends with both
 *     braces. CPython's own token ends one char earlier (it keeps only the first brace) and the next
 *     segment starts after the second brace, so CPython's end column is ours minus one;
 * <li>after the {@code }} closing a {@code \N{...}} escape (non-raw f-strings), inclusive;
 * <li>in a format spec, before the {@code }} closing the field, before a nested field's
 *     {@code {}, and before a newline in a single-quoted f-string; there a segment may be empty
 *     (e.g. {@code f'{x:}'} yields an empty FSTRING_MIDDLE right after the COLON);
 * <li>before the closing quote.
 * </ul>
 * A backslash directly before a brace does not escape it.
 */
public final class Tokenizer {

    static final int EOF = -1;
    private static final int TAB_SIZE = 8;
    private static final int ALT_TAB_SIZE = 1;
    private static final int MAX_FSTRING_LEVEL = 150;
    private static final int MAX_EXPR_NESTING = 3;

    final SourceText src;
    /** The text with CPython's appended newline when the source lacks a final one. */
    final String s;
    final int n;
    private final int textLength;

    int pos;
    /** Current line (1-based) and the char index where it starts. */
    int lineno = 1;
    int lineStart;
    private boolean lineAscii;
    /** Incremental byte-column cursor for the current non-ASCII line. */
    private int colIdx;
    private int colBytes;

    private boolean atBol = true;
    private final IndentStack indents = new IndentStack(this);

    private final Brackets brackets = new Brackets(this);

    private final FStringMode[] modes = new FStringMode[MAX_FSTRING_LEVEL + 1];
    private int modeDepth;

    private boolean done;
    /** Set while {@link #scanRestForError} looks for tokenizer errors after a parser error. */
    private boolean scanningRest;

    public Tokenizer(SourceText src) {
        this.src = src;
        String text = src.text();
        this.textLength = text.length();
        this.s = text.isEmpty() || text.charAt(text.length() - 1) == '\n' ? text : text + "\n";
        this.n = s.length();
        this.lineAscii = src.isAsciiLine(1);
    }

    public SourceText source() {
        return src;
    }

    /** The next token; ENDMARKER forever once the end is reached. */
    public Token next() {
        if (modeDepth > 0 && modes[modeDepth - 1].inLiteral) {
            return new FStringScanner(this, modes[modeDepth - 1]).scan();
        }
        return nextRegular();
    }

    // ---------------------------------------------------------------- positions and lines

    int charAt(int i) {
        return i < n ? s.charAt(i) : EOF;
    }

    /** Records that the '\n' at index nl was consumed: the next line starts after it. */
    void newLineAfter(int nl) {
        lineno++;
        lineStart = nl + 1;
        lineAscii = src.isAsciiLine(lineno);
        colIdx = lineStart;
        colBytes = 0;
    }

    /** UTF-8 byte column of char index i on the current line. */
    int byteCol(int i) {
        if (lineAscii) {
            return i - lineStart;
        }
        if (i < colIdx || colIdx < lineStart) {
            colIdx = lineStart;
            colBytes = 0;
        }
        int k = colIdx;
        int b = colBytes;
        while (k < i) {
            char c = s.charAt(k);
            if (c < 0x80) {
                b++;
                k++;
            } else if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))) {
                b += 4;
                k += 2;
            } else {
                b += SourceText.utf8Length(c);
                k++;
            }
        }
        colIdx = k;
        colBytes = b;
        return b;
    }

    /** Byte column of char index i on a line starting at lineStartIdx (not the current line). */
    int byteColOn(int lineStartIdx, int i) {
        int b = 0;
        for (int k = lineStartIdx; k < i; k++) {
            b += SourceText.utf8Length(s.charAt(k));
            if (Character.isHighSurrogate(s.charAt(k)) && k + 1 < i && Character.isLowSurrogate(s.charAt(k + 1))) {
                b += 1;
                k++;
            }
        }
        return b;
    }

    Token token(TokenKind kind, int start, int startLine, int startCol, int end) {
        int e = Math.min(end, textLength);
        int st = Math.min(start, textLength);
        return new Token(kind, s.substring(st, e), startLine, startCol, lineno, byteCol(end), st, e);
    }

    /** The full text of the line starting at index ls, without its newline. */
    String lineTextFrom(int ls) {
        int e = s.indexOf('\n', ls);
        return s.substring(ls, e < 0 ? n : e);
    }

    // ---------------------------------------------------------------- errors

    /** A tokenizer-raised error whose offset is the code-point count from line start to cur. */
    PythonSyntaxError errorAt(String msg, int cur) {
        return errorAtLine(msg, lineno, lineStart, cur);
    }

    PythonSyntaxError errorAtLine(String msg, int line, int ls, int cur) {
        int off = s.codePointCount(ls, Math.min(cur, n));
        done = true;
        return new PythonSyntaxError(Kind.SyntaxError, msg, line, off, line, off, lineTextFrom(ls));
    }

    /**
     * An error CPython's parser raises at a byte offset: the offset stays in bytes unless the
     * source declares an encoding (see {@link SourceText#declaresEncoding}).
     */
    PythonSyntaxError parserError(Kind kind, String msg, int line, int byteOffset, int endLine, int endOffset) {
        done = true;
        String text = src.line(line);
        int off = byteOffset;
        int endOff = endOffset;
        if (src.declaresEncoding()) {
            off = byteOffset > 0 ? charOffset(text, byteOffset) : byteOffset;
            endOff = endOffset > 0 ? charOffset(text, endOffset) : endOffset;
        }
        return new PythonSyntaxError(kind, msg, line, off, endLine, endOff, text);
    }

    /** CPython's _PyPegen_byte_offset_to_character_offset for a 1-based byte offset. */
    private static int charOffset(String line, int byteOffset) {
        int bytes = 0;
        int cps = 0;
        int i = 0;
        while (i < line.length() && bytes < byteOffset) {
            char c = line.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))) {
                bytes += 4;
                i += 2;
            } else {
                bytes += SourceText.utf8Length(c);
                i++;
            }
            cps++;
        }
        return cps + Math.max(0, byteOffset - bytes);
    }

    /** Byte length of the current line including its newline: CPython's {@code inp - line_start}. */
    int lineBytesWithNewline() {
        int e = s.indexOf('\n', lineStart);
        int end = e < 0 ? n : e + 1;
        return byteColOn(lineStart, end);
    }

    // ---------------------------------------------------------------- regular mode

    private Token nextRegular() {
        if (done) {
            return endmarker();
        }
        boolean blankLine = false;
        if (atBol) {
            atBol = false;
            blankLine = indentation();
        }
        if (indents.hasPending()) {
            return pendingIndent();
        }
        for (;;) {
            int c = charAt(pos);
            while (c == ' ' || c == '\t' || c == '\f') {
                c = charAt(++pos);
            }
            int start = pos;
            if (c == '#') {
                while (c != EOF && c != '\n') {
                    c = charAt(++pos);
                }
            }
            if (c == EOF) {
                if (brackets.level() > 0) {
                    throw brackets.unclosed();
                }
                return endmarker();
            }
            if (isPotentialIdentifierStart(c)) {
                return nameOrString(start);
            }
            if (c == '\n') {
                pos++;
                if (blankLine || brackets.level() > 0) {
                    newLineAfter(pos - 1);
                    blankLine = indentation();
                    if (indents.hasPending()) {
                        return pendingIndent();
                    }
                    continue;
                }
                Token t = newlineToken(start, pos);
                newLineAfter(pos - 1);
                atBol = true;
                return t;
            }
            if (c == '.') {
                int c2 = charAt(pos + 1);
                if (c2 >= '0' && c2 <= '9') {
                    return new NumberScanner(this).scan(start);
                }
                if (c2 == '.' && charAt(pos + 2) == '.') {
                    pos += 3;
                    return token(TokenKind.ELLIPSIS, start, lineno, byteCol(start), pos);
                }
                pos++;
                return token(TokenKind.DOT, start, lineno, byteCol(start), pos);
            }
            if (c >= '0' && c <= '9') {
                return new NumberScanner(this).scan(start);
            }
            if (c == '\'' || c == '"') {
                return new StringScanner(this).scan(start, pos);
            }
            if (c == '\\') {
                continuationLine();
                continue;
            }
            return operator(start, c);
        }
    }

    /** NEWLINE from start (a comment before it, if any, as in CPython) to just past the newline. */
    private Token newlineToken(int start, int end) {
        int col = byteCol(start);
        int endCol = byteCol(end);
        int st = Math.min(start, textLength);
        int e = Math.min(end, textLength);
        return new Token(TokenKind.NEWLINE, s.substring(st, e), lineno, col, lineno, endCol, st, e);
    }

    private Token endmarker() {
        done = true;
        int line = lineno;
        int col = 0;
        if (n > 0 && pos >= n) {
            // CPython's tokenizer stays on the last line it read, its cursor past the newline.
            line = lineno - 1;
            int ls = s.lastIndexOf('\n', n - 2) + 1;
            col = byteColOn(ls, n);
        }
        return new Token(TokenKind.ENDMARKER, "", line, col, line, col, textLength, textLength);
    }

    private Token pendingIndent() {
        int line = lineno;
        int col;
        if (pos >= n && n > 0) {
            line = lineno - 1;
            col = byteColOn(s.lastIndexOf('\n', n - 2) + 1, n);
        } else {
            col = byteCol(pos);
        }
        int at = Math.min(pos, textLength);
        TokenKind kind = indents.takePendingIsDedent() ? TokenKind.DEDENT : TokenKind.INDENT;
        return new Token(kind, "", line, col, line, col, at, at);
    }

    /**
     * CPython's begin-of-line processing: measures indentation (tabs to multiples of 8, a second
     * measure with tab size 1 to detect inconsistent tabs, form feed resets), and unless the line is
     * blank or a comment or we are inside brackets, queues INDENT/DEDENT. Returns whether the line is
     * blank.
     */
    private boolean indentation() {
        int col = 0;
        int altcol = 0;
        // CPython keeps the column of the first backslash continuation found at a non-zero column
        // (its "cont_line_col ? cont_line_col : col"): one at column 0 does not fix the indentation.
        int contLineCol = 0;
        int c;
        for (;;) {
            c = charAt(pos);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altcol = (altcol / ALT_TAB_SIZE + 1) * ALT_TAB_SIZE;
            } else if (c == '\f') {
                col = 0;
                altcol = 0;
            } else if (c == '\\') {
                if (contLineCol == 0) {
                    contLineCol = col;
                }
                continuationLine();
                continue;
            } else {
                break;
            }
            pos++;
        }
        boolean blank = c == '#' || c == '\n';
        if (blank || brackets.level() != 0) {
            return blank;
        }
        if (contLineCol > 0) {
            col = contLineCol;
            altcol = contLineCol;
        }
        indents.startLine(col, altcol);
        return false;
    }

    /** At a backslash: it must end the line; continues on the next one. */
    private void continuationLine() {
        int bs = pos;
        int c = charAt(bs + 1);
        if (c != '\n') {
            pos = bs + 2;
            int off = byteCol(Math.min(pos, n));
            throw parserError(Kind.SyntaxError, "unexpected character after line continuation character",
                    lineno, off, lineno, 0);
        }
        if (bs + 2 >= n) {
            // CPython's E_EOF: inside brackets it names the bracket instead
            if (brackets.level() > 0) {
                throw brackets.unclosed();
            }
            throw parserError(Kind.SyntaxError, "unexpected EOF while parsing", lineno, lineBytesWithNewline(),
                    lineno, -1);
        }
        pos = bs + 2;
        newLineAfter(bs + 1);
    }

    static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }

    /** A NAME, or a string / f-string with a prefix. */
    private Token nameOrString(int start) {
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        int c = charAt(pos);
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = charAt(++pos);
            if (c == '"' || c == '\'') {
                return sawF ? fstringStart(start, sawR) : new StringScanner(this).scan(start, pos);
            }
        }
        boolean nonAscii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonAscii = true;
            }
            c = charAt(++pos);
        }
        if (nonAscii) {
            IdentifierCheck.verify(this, start);
        }
        return token(TokenKind.NAME, start, lineno, byteCol(start), pos);
    }

    /**
     * The line CPython's tokenizer is on: once it has consumed the final newline it stays on the last
     * line read; a single-quoted string stopped by that newline has not consumed it yet.
     */
    int detectedLine() {
        return n > 0 && lineStart >= n ? lineno - 1 : lineno;
    }

    private Token fstringStart(int start, boolean sawR) {
        char quote = s.charAt(pos);
        int quoteSize = 1;
        if (charAt(pos + 1) == quote && charAt(pos + 2) == quote) {
            quoteSize = 3;
        }
        pos += quoteSize;
        if (modeDepth + 1 >= MAX_FSTRING_LEVEL) {
            throw errorAt("too many nested f-strings", pos);
        }
        char first = s.charAt(start);
        boolean raw = first == 'r' || first == 'R' || sawR;
        modes[modeDepth++] = new FStringMode(quote, quoteSize, raw, start, lineno, lineStart);
        return token(TokenKind.FSTRING_START, start, lineno, byteCol(start), pos);
    }

    FStringMode currentMode() {
        return modeDepth > 0 ? modes[modeDepth - 1] : null;
    }

    void popMode() {
        modes[--modeDepth] = null;
    }

    void enterReplacementField(FStringMode m, int bracePos) {
        m.exprStartDepth++;
        if (m.exprStartDepth >= MAX_EXPR_NESTING) {
            throw errorAt("f-string: expressions nested too deeply", bracePos);
        }
        m.inLiteral = false;
    }

    // ---------------------------------------------------------------- operators and brackets

    private Token operator(int start, int c) {
        FStringMode m = currentMode();
        if (m != null && m.exprStartDepth >= 0 && (c == ':' || c == '}' || c == '!' || c == '{')) {
            int cursor = m.bracketDepth - (c != '{' ? 1 : 0);
            if (c == ':' && cursor == m.exprStartDepth) {
                m.inLiteral = true;
                pos++;
                return token(TokenKind.COLON, start, lineno, byteCol(start), pos);
            }
        }
        int c2 = charAt(pos + 1);
        TokenKind two = Operators.twoChars(c, c2);
        if (two != null) {
            TokenKind three = Operators.threeChars(c, c2, charAt(pos + 2));
            pos += three != null ? 3 : 2;
            return token(three != null ? three : two, start, lineno, byteCol(start), pos);
        }
        pos++;
        switch (c) {
            case '(', '[', '{' -> brackets.open((char) c, start);
            case ')', ']', '}' -> brackets.close((char) c);
            default -> { }
        }
        TokenKind one = Operators.oneChar(c);
        if (one == null) {
            if (!UnicodeClasses.isPrintable(c)) {
                throw errorAt(String.format("invalid non-printable character U+%04X", c), pos);
            }
            // CPython's parser gets an OP token here and fails at it (or a forced token reports it)
            return token(TokenKind.OP, start, lineno, byteCol(start), pos);
        }
        return token(one, start, lineno, byteCol(start), pos);
    }

    /**
     * What CPython's {@code _PyPegen_tokenize_full_source_to_check_for_errors} finds after a generic
     * "invalid syntax" reported on line errorLine: tokenizes the rest of the input and returns the
     * tokenizer error that replaces the parser's error, or null if the parser's error stands. An
     * unclosed bracket at the end replaces it only if the bracket was opened before errorLine.
     * Consumes this tokenizer.
     */
    public PythonSyntaxError scanRestForError(int errorLine) {
        scanningRest = true;
        try {
            while (next().kind() != TokenKind.ENDMARKER) {
                // keep tokenizing
            }
            return null;
        } catch (PythonSyntaxError e) {
            if (modeDepth > 0) {
                // CPython keeps the parser's error when the tokenizer fails inside an f-string
                return null;
            }
            if (e.msg().endsWith("was never closed")) {
                return brackets.innermostLine() < errorLine ? e : null;
            }
            boolean fromTokenizerState = e.msg().startsWith("unindent does not match")
                    || e.msg().startsWith("inconsistent use of tabs") || e.msg().startsWith("too many levels")
                    || e.msg().startsWith("unexpected character after line")
                    || e.msg().startsWith("unexpected EOF");
            if (fromTokenizerState) {
                return brackets.level() > 0 && brackets.innermostLine() < errorLine ? brackets.unclosed() : null;
            }
            return e;
        } finally {
            scanningRest = false;
        }
    }
}
