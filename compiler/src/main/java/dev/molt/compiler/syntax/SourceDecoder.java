package dev.molt.compiler.syntax;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Turns source bytes into a {@link SourceText} following CPython 3.12's string tokenizer set-up:
 * null-byte check, newline translation, UTF-8 BOM, PEP 263 coding cookie on line 1 or 2.
 * Set-up failures come out as CPython reports them from {@code ast.parse}: SyntaxError with
 * lineno 0, offset -1 and no text.
 */
final class SourceDecoder {

    private SourceDecoder() {
    }

    static SourceText decode(byte[] source) {
        for (byte b : source) {
            if (b == 0) {
                throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError,
                        "source code string cannot contain null bytes", 0, 0, 0, 0, null);
            }
        }
        byte[] bytes = translateNewlines(source);
        int start = 0;
        boolean bom = false;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            bom = true;
            start = 3;
        }
        String cookie = findCookie(bytes, start);
        if (cookie == null || cookie.equals("utf-8")) {
            String text = Utf8Errors.decodeEscaping(bytes, start, bytes.length);
            return SourceText.fromDecoded(text, bom || cookie != null);
        }
        if (bom) {
            throw setupError("encoding problem: " + cookie + " with BOM");
        }
        return SourceText.fromDecoded(decodeWith(cookie, bytes, start), true);
    }

    static PythonSyntaxError setupError(String msg) {
        return new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError, msg, 0, -1, 0, 0, null);
    }

    /** CPython's translate_newlines on bytes: \r\n and \r become \n. */
    private static byte[] translateNewlines(byte[] s) {
        int cr = -1;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == '\r') {
                cr = i;
                break;
            }
        }
        if (cr < 0) {
            return s;
        }
        byte[] out = new byte[s.length];
        System.arraycopy(s, 0, out, 0, cr);
        int o = cr;
        for (int i = cr; i < s.length; i++) {
            byte b = s[i];
            if (b == '\r') {
                out[o++] = '\n';
                if (i + 1 < s.length && s[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[o++] = b;
            }
        }
        return java.util.Arrays.copyOf(out, o);
    }

    /**
     * The normalised coding-cookie name, or null. Line 1 is searched; line 2 only if line 1 holds
     * nothing but whitespace and a comment (and line 2 is terminated, counting the newline CPython
     * appends).
     */
    static String findCookie(byte[] b, int start) {
        int nl1 = indexOf(b, (byte) '\n', start);
        int end1 = nl1 < 0 ? b.length : nl1;
        // CPython appends a newline, so line 1 is always terminated.
        String spec = codingSpec(b, start, end1 - start);
        if (spec != null) {
            return spec;
        }
        if (!onlyCommentOrBlank(b, start, end1) || nl1 < 0) {
            return null;
        }
        int s2 = nl1 + 1;
        if (s2 >= b.length) {
            return null;
        }
        int nl2 = indexOf(b, (byte) '\n', s2);
        int size2 = (nl2 < 0 ? b.length : nl2) - s2 + 1;
        return codingSpec(b, s2, size2);
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private static boolean onlyCommentOrBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** CPython's get_coding_spec over b[s, s+size) (size may count the line's newline). */
    private static String codingSpec(byte[] b, int s, int size) {
        int i = 0;
        for (; i < size - 6; i++) {
            byte c = b[s + i];
            if (c == '#') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return null;
            }
        }
        for (; i < size - 6; i++) {
            int t = s + i;
            if (!matches(b, t, "coding")) {
                continue;
            }
            t += 6;
            if (t >= b.length || (b[t] != ':' && b[t] != '=')) {
                continue;
            }
            do {
                t++;
            } while (t < b.length && (b[t] == ' ' || b[t] == '\t'));
            int begin = t;
            while (t < b.length && isSpecChar(b[t])) {
                t++;
            }
            if (begin < t) {
                return normalName(new String(b, begin, t - begin, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return null;
    }

    private static boolean matches(byte[] b, int at, String word) {
        if (at + word.length() > b.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (b[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpecChar(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.';
    }

    /** CPython's get_normal_name: only utf-8 and latin-1 spellings are normalised. */
    static String normalName(String s) {
        String buf = s.substring(0, Math.min(12, s.length())).replace('_', '-').toLowerCase(java.util.Locale.ROOT);
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    private static String decodeWith(String codecName, byte[] bytes, int start) {
        PythonCodec codec = PythonCodec.lookup(codecName);
        if (codec == null) {
            throw setupError("unknown encoding: " + codecName);
        }
        if (codec.name().equals("utf_8")) {
            byte[] body = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
            Utf8Errors.Error e = Utf8Errors.describe(body);
            if (e != null) {
                throw setupError(e.message());
            }
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
        Charset cs = codec.charset();
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(Math.max(16, (int) ((bytes.length - start) * (double) dec.maxCharsPerByte()) + 16));
        CoderResult r = dec.decode(in, out, true);
        if (r.isUnderflow()) {
            r = dec.flush(out);
        }
        if (r.isError()) {
            int pos = in.position() - start;
            int bad = bytes[in.position()] & 0xFF;
            throw setupError(codec.decodeErrorMessage(bad, pos, r.length(), r.isMalformed()
                    && in.position() + r.length() >= bytes.length));
        }
        out.flip();
        return out.toString();
    }
}
