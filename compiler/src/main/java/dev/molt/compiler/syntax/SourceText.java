package dev.molt.compiler.syntax;

import java.util.Arrays;

/**
 * Python source decoded the way CPython 3.12's {@code ast.parse(source_bytes)} decodes it.
 *
 * <p>{@link #text()} is the decoded text with line endings translated ({@code \r\n} and lone
 * {@code \r} become {@code \n}), exactly the characters CPython's tokenizer sees, except that the
 * newline CPython appends to a last line without one is not added here.
 *
 * <p>Invalid UTF-8 does not stop decoding (CPython only fails when a token containing such bytes is
 * processed): every byte that is not part of a valid UTF-8 sequence (by Python's strict rules,
 * so encoded surrogates are invalid too) is kept as the lone surrogate
 * {@code U+DC80 + (byte - 0x80)}, like Python's {@code surrogateescape}. A consumer such as the
 * string-literal decoder recovers the original bytes of a token with {@link #originalBytes}: chars
 * in {@code U+DC80..U+DCFF} map back to the single byte {@code ch - 0xDC00}, all other chars are
 * UTF-8 encoded. {@link Utf8Errors#describe} then phrases the error as CPython's UTF-8 codec does.
 *
 * <p>Columns: a "byte column" is a 0-based offset in the UTF-8 encoding of the line (an escaped
 * byte counts one byte); a "char column" counts code points, as CPython counts characters.
 */
public final class SourceText {

    private final String text;
    /** Char index where each line starts; lineStarts[0] is line 1. One extra entry: text length + 1. */
    private final int[] lineStarts;
    private final int lineCount;
    /** Lines containing only ASCII chars, where byte and char columns coincide. */
    private final boolean[] asciiLine;
    private final boolean declaredEncoding;

    private SourceText(String text, boolean declaredEncoding) {
        this.text = text;
        this.declaredEncoding = declaredEncoding;
        int[] starts = new int[16];
        boolean[] ascii = new boolean[16];
        int count = 0;
        int start = 0;
        int n = text.length();
        boolean allAscii = true;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                allAscii = false;
            } else if (c == '\n') {
                if (count + 1 >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ascii = Arrays.copyOf(ascii, ascii.length * 2);
                }
                starts[count] = start;
                ascii[count] = allAscii;
                count++;
                start = i + 1;
                allAscii = true;
            }
        }
        if (count + 2 >= starts.length) {
            starts = Arrays.copyOf(starts, count + 3);
            ascii = Arrays.copyOf(ascii, count + 3);
        }
        // The last line (possibly empty, the line of ENDMARKER) always exists.
        starts[count] = start;
        ascii[count] = allAscii;
        count++;
        starts[count] = n + 1;
        this.lineStarts = starts;
        this.asciiLine = ascii;
        this.lineCount = count;
    }

    /** Decodes source bytes; throws PythonSyntaxError exactly where {@code ast.parse(bytes)} would. */
    public static SourceText decode(byte[] source) {
        return SourceDecoder.decode(source);
    }

    /** Wraps already decoded text (as {@code ast.parse(str)} sees it: no cookie processing). */
    public static SourceText of(String text) {
        return new SourceText(translateNewlines(text), true);
    }

    static SourceText fromDecoded(String translated, boolean declaredEncoding) {
        return new SourceText(translated, declaredEncoding);
    }

    static String translateNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public String text() {
        return text;
    }

    /**
     * True when CPython's tokenizer has an explicit encoding (a BOM or a coding cookie, or str input).
     * CPython then converts the byte offsets of parser-raised errors to character offsets; without
     * one ({@code ast.parse} of plain UTF-8 bytes) parser-raised SyntaxError offsets stay UTF-8 byte
     * offsets. Tokenizer-raised errors are always in characters.
     */
    public boolean declaresEncoding() {
        return declaredEncoding;
    }

    /** Number of lines, counting the (possibly empty) line after the last newline. */
    public int lineCount() {
        return lineCount;
    }

    /** Char index of the first char of a line (1-based line number). */
    public int lineStart(int lineno) {
        return lineStarts[lineno - 1];
    }

    /** Char index just past the last char of a line, excluding its terminator. */
    public int lineEnd(int lineno) {
        return Math.min(lineStarts[lineno] - 1, text.length());
    }

    /** The text of a line (1-based), without terminator; "" past the end. */
    public String line(int lineno) {
        if (lineno < 1 || lineno > lineCount) {
            return "";
        }
        return text.substring(lineStart(lineno), lineEnd(lineno));
    }

    public boolean isAsciiLine(int lineno) {
        return lineno >= 1 && lineno <= lineCount && asciiLine[lineno - 1];
    }

    /** 0-based UTF-8 byte column of a 0-based code point column. */
    public int byteColumn(int lineno, int charColumn) {
        if (isAsciiLine(lineno)) {
            return charColumn;
        }
        int i = lineStart(lineno);
        int end = lineEnd(lineno);
        int bytes = 0;
        for (int cps = 0; cps < charColumn && i < end; cps++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i += 2;
            } else {
                bytes += utf8Length(c);
                i++;
            }
        }
        return bytes;
    }

    /** 0-based code point column of a 0-based UTF-8 byte column. */
    public int charColumn(int lineno, int byteColumn) {
        if (isAsciiLine(lineno)) {
            return byteColumn;
        }
        int i = lineStart(lineno);
        int end = lineEnd(lineno);
        int bytes = 0;
        int cps = 0;
        while (bytes < byteColumn && i < end) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i += 2;
            } else {
                bytes += utf8Length(c);
                i++;
            }
            cps++;
        }
        // Past the end of the line (its newline, say) every byte counts as one char.
        return cps + Math.max(0, byteColumn - bytes);
    }

    /** Code points in text[from, to). */
    public int codePoints(int from, int to) {
        return text.codePointCount(from, to);
    }

    /** UTF-8 length of one char; escaped bytes (U+DC80..U+DCFF) count one, other surrogates three. */
    static int utf8Length(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800) {
            return 2;
        }
        if (c >= 0xDC80 && c <= 0xDCFF) {
            return 1;
        }
        return 3;
    }

    /** The original source bytes of text[from, to): escaped bytes restored, everything else UTF-8. */
    public byte[] originalBytes(int from, int to) {
        return originalBytes(text, from, to);
    }

    static byte[] originalBytes(CharSequence s, int from, int to) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0xDC80 && c <= 0xDCFF) {
                out.write(c - 0xDC00);
            } else if (c < 0x800) {
                out.write(0xC0 | (c >> 6));
                out.write(0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out.write(0xF0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3F));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
            } else {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            }
        }
        return out.toByteArray();
    }

    /** True if text[from, to) contains an escaped (undecodable) byte. */
    public boolean hasEscapedBytes(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF) {
                return true;
            }
        }
        return false;
    }
}
