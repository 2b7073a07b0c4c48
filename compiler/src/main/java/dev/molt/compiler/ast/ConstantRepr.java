package dev.molt.compiler.ast;

import java.math.BigInteger;

/**
 * Python's {@code repr()} of the values a syntax tree holds: constants and identifier strings,
 * character for character as CPython 3.12 prints them.
 */
public final class ConstantRepr {
    /** CPython's default {@code sys.get_int_max_str_digits()}: repr of a longer int raises ValueError. */
    static final int INT_MAX_STR_DIGITS = 4300;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private ConstantRepr() {
    }

    public static String repr(ConstantValue value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    public static void append(StringBuilder out, ConstantValue value) {
        if (value instanceof ConstantValue.Str str) {
            appendStr(out, str.codePoints());
        } else if (value instanceof ConstantValue.Int integer) {
            appendInt(out, integer.value());
        } else if (value instanceof ConstantValue.Float real) {
            FloatRepr.appendFloat(out, real.value());
        } else if (value instanceof ConstantValue.Imaginary imaginary) {
            appendComplex(out, 0.0, imaginary.imag());
        } else if (value instanceof ConstantValue.Bytes bytes) {
            appendBytes(out, bytes.value());
        } else if (value instanceof ConstantValue.Bool bool) {
            out.append(bool.value() ? "True" : "False");
        } else if (value instanceof ConstantValue.None) {
            out.append("None");
        } else if (value instanceof ConstantValue.Ellipsis) {
            out.append("Ellipsis");
        } else {
            throw new IllegalArgumentException("unknown constant " + value);
        }
    }

    /** {@code repr(int)}; like CPython, refuses more than 4300 decimal digits. */
    public static void appendInt(StringBuilder out, BigInteger value) {
        String text = value.toString();
        int digits = text.length() - (value.signum() < 0 ? 1 : 0);
        if (digits > INT_MAX_STR_DIGITS) {
            throw new IllegalArgumentException("Exceeds the limit (" + INT_MAX_STR_DIGITS
                    + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        out.append(text);
    }

    public static void appendFloat(StringBuilder out, double value) {
        FloatRepr.appendFloat(out, value);
    }

    /** {@code repr(complex(real, imag))}: {@code 2j} when the real part is +0.0, else {@code (1-2j)}. */
    public static void appendComplex(StringBuilder out, double real, double imag) {
        if (real == 0 && Double.doubleToRawLongBits(real) == 0) {
            FloatRepr.appendComplexPart(out, imag, false);
            out.append('j');
        } else {
            out.append('(');
            FloatRepr.appendComplexPart(out, real, false);
            FloatRepr.appendComplexPart(out, imag, true);
            out.append("j)");
        }
    }

    /** {@code repr(str)} of a Java string (identifiers, type comments); surrogate pairs are one code point. */
    public static void appendStr(StringBuilder out, String text) {
        if (isPlainAscii(text)) {
            out.append('\'').append(text).append('\'');
        } else {
            appendStr(out, text.codePoints().toArray());
        }
    }

    /** Identifiers are nearly always plain ASCII without quotes; they need no scan for escapes. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7f || c == '\'' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** {@code repr(str)}; each element is one Python code point, lone surrogates included. */
    public static void appendStr(StringBuilder out, int[] codePoints) {
        char quote = quoteFor(codePoints);
        out.append(quote);
        for (int c : codePoints) {
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                appendHexEscape(out, 'x', c, 2);
            } else if (c < 0x7f) {
                out.append((char) c);
            } else if (PrintableCodePoints.isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                appendHexEscape(out, 'x', c, 2);
            } else if (c <= 0xffff) {
                appendHexEscape(out, 'u', c, 4);
            } else {
                appendHexEscape(out, 'U', c, 8);
            }
        }
        out.append(quote);
    }

    /** CPython prefers single quotes, switching to double only when that avoids escaping. */
    private static char quoteFor(int[] codePoints) {
        boolean single = false;
        boolean dbl = false;
        for (int c : codePoints) {
            single |= c == '\'';
            dbl |= c == '"';
        }
        return single && !dbl ? '"' : '\'';
    }

    /** {@code repr(bytes)}: {@code b'...'} with CPython's quote choice and escapes. */
    public static void appendBytes(StringBuilder out, byte[] bytes) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : bytes) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        out.append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                appendHexEscape(out, 'x', c, 2);
            } else {
                out.append((char) c);
            }
        }
        out.append(quote);
    }

    private static void appendHexEscape(StringBuilder out, char kind, int value, int digits) {
        out.append('\\').append(kind);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(HEX[(value >> shift) & 0xf]);
        }
    }
}
