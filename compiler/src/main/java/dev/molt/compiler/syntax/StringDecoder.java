package dev.molt.compiler.syntax;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Decodes the body of a string or bytes literal (the text between the quotes) as CPython does:
 * backslash escapes, line continuations, and for f-string segments the doubled braces. Malformed
 * escapes raise {@link Malformed} with CPython's message; the caller attaches the position.
 */
final class StringDecoder {

    /** A malformed escape; the message is CPython's, without position. */
    static final class Malformed extends RuntimeException {
        Malformed(String msg) {
            super(msg, null, false, false);
        }
    }

    private final String body;
    private int[] out;
    private int n;

    private StringDecoder(String body) {
        this.body = body;
        this.out = new int[body.length()];
    }

    /** Decodes a str literal body. {@code fstringPart} also turns doubled braces into one brace. */
    static int[] decodeStr(String body, boolean raw, boolean fstringPart) {
        if (isPlain(body, raw, fstringPart)) {
            return body.codePoints().toArray();
        }
        return new StringDecoder(body).decode(raw, fstringPart);
    }

    private static boolean isPlain(String body, boolean raw, boolean fstringPart) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\r' || (c == '\\' && !raw) || (fstringPart && (c == '{' || c == '}'))) {
                return false;
            }
        }
        return true;
    }

    private int[] decode(boolean raw, boolean fstringPart) {
        int i = 0;
        int length = body.length();
        while (i < length) {
            char c = body.charAt(i);
            if (c == '\r') {
                emit('\n');
                i += i + 1 < length && body.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (fstringPart && (c == '{' || c == '}') && i + 1 < length && body.charAt(i + 1) == c) {
                emit(c);
                i += 2;
            } else if (c == '\\' && !raw) {
                i = escape(i);
            } else {
                int cp = body.codePointAt(i);
                emit(cp);
                i += Character.charCount(cp);
            }
        }
        return Arrays.copyOf(out, n);
    }

    private void emit(int cp) {
        if (n == out.length) {
            out = Arrays.copyOf(out, out.length * 2 + 2);
        }
        out[n++] = cp;
    }

    /** Decodes the escape whose backslash is at {@code start}; returns the index after it. */
    private int escape(int start) {
        int length = body.length();
        int i = start + 1;
        if (i >= length) {
            emit('\\');
            return i;
        }
        char c = body.charAt(i);
        switch (c) {
            case '\n':
                return i + 1;
            case '\r':
                return i + 1 < length && body.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            case 'x':
                return hexEscape(start, 2, "truncated \\xXX escape");
            case 'u':
                return hexEscape(start, 4, "truncated \\uXXXX escape");
            case 'U':
                return hexEscape(start, 8, "truncated \\UXXXXXXXX escape");
            case 'N':
                return namedEscape(start);
            default:
                break;
        }
        if (c >= '0' && c <= '7') {
            int end = i;
            int value = 0;
            while (end < length && end < i + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                value = value * 8 + (body.charAt(end) - '0');
                end++;
            }
            emit(value);
            return end;
        }
        int simple = simpleEscape(c);
        if (simple < 0) {
            // Unknown escapes stay as written (CPython only warns).
            emit('\\');
            return i;
        }
        emit(simple);
        return i + 1;
    }

    /** The value of a one-letter escape shared by str and bytes, or -1. */
    private static int simpleEscape(char c) {
        return switch (c) {
            case '\\', '\'', '"' -> c;
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 11;
            default -> -1;
        };
    }

    private int hexEscape(int start, int digits, String truncated) {
        int i = start + 2;
        int value = 0;
        int end = i;
        while (end < body.length() && end < i + digits && isHex(body, end)) {
            value = value * 16 + Character.digit(body.charAt(end), 16);
            end++;
        }
        if (end - i < digits) {
            throw unicodeError(body, start, end, truncated);
        }
        if (Integer.compareUnsigned(value, 0x10FFFF) > 0) {
            throw unicodeError(body, start, end, "illegal Unicode character");
        }
        emit(value);
        return end;
    }

    private int namedEscape(int start) {
        int open = start + 2;
        if (open >= body.length() || body.charAt(open) != '{') {
            throw unicodeError(body, start, Math.min(open, body.length()), "malformed \\N character escape");
        }
        int close = body.indexOf('}', open + 1);
        if (close < 0 || close == open + 1) {
            int end = close < 0 ? body.length() : close + 1;
            throw unicodeError(body, start, end, "malformed \\N character escape");
        }
        int cp = UnicodeNames.lookup(body.substring(open + 1, close));
        if (cp < 0) {
            throw unicodeError(body, start, close + 1, "unknown Unicode character name");
        }
        emit(cp);
        return close + 1;
    }

    /**
     * CPython decodes the literal with the unicode_escape codec after rewriting every non-ASCII
     * character as a 10-byte {@code \U........} escape (and a backslash before one as 6 bytes), so its
     * error positions count in that rewritten text.
     */
    private static Malformed unicodeError(String body, int start, int end, String reason) {
        int from = escapedPosition(body, start);
        int to = escapedPosition(body, end) - 1;
        String where = to > from ? "bytes in position " + from + "-" + to : "byte 0x5c in position " + from;
        return new Malformed("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason);
    }

    private static int escapedPosition(String body, int index) {
        int position = 0;
        int i = 0;
        while (i < index && i < body.length()) {
            int cp = body.codePointAt(i);
            if (cp == '\\' && i + 1 < body.length() && body.charAt(i + 1) >= 0x80) {
                position += 6;
            } else {
                position += cp < 0x80 ? 1 : 10;
            }
            i += Character.charCount(cp);
        }
        return position;
    }

    /** Decodes a bytes literal body; the caller has checked that it is ASCII. */
    static byte[] decodeBytes(String body, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int i = 0;
        int length = body.length();
        while (i < length) {
            char c = body.charAt(i);
            if (c == '\r') {
                out.write('\n');
                i += i + 1 < length && body.charAt(i + 1) == '\n' ? 2 : 1;
            } else if (c != '\\' || raw) {
                out.write(c);
                i++;
            } else {
                i = decodeByteEscape(body, i, out);
            }
        }
        return out.toByteArray();
    }

    private static int decodeByteEscape(String body, int start, ByteArrayOutputStream out) {
        int length = body.length();
        int i = start + 1;
        if (i >= length) {
            out.write('\\');
            return i;
        }
        char c = body.charAt(i);
        if (c == '\n') {
            return i + 1;
        }
        if (c == '\r') {
            return i + 1 < length && body.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        }
        if (c == 'x') {
            if (isHex(body, i + 1) && isHex(body, i + 2)) {
                out.write(Character.digit(body.charAt(i + 1), 16) * 16 + Character.digit(body.charAt(i + 2), 16));
                return i + 3;
            }
            throw new Malformed("(value error) invalid \\x escape at position " + start);
        }
        if (c >= '0' && c <= '7') {
            int end = i;
            int value = 0;
            while (end < length && end < i + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                value = value * 8 + (body.charAt(end) - '0');
                end++;
            }
            out.write(value & 0xFF);
            return end;
        }
        int simple = simpleEscape(c);
        if (simple < 0) {
            out.write('\\');
            return i;
        }
        out.write(simple);
        return i + 1;
    }

    private static boolean isHex(String body, int index) {
        return index < body.length() && body.charAt(index) < 0x80 && Character.digit(body.charAt(index), 16) >= 0;
    }
}
