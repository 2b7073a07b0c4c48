package dev.molt.compiler.semantic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's {@code repr()} of the literal values that appear in compile-stage error messages. */
final class PythonRepr {
    private PythonRepr() {
    }

    static String str(int[] codePoints) {
        boolean single = false;
        boolean dbl = false;
        for (int cp : codePoints) {
            single |= cp == '\'';
            dbl |= cp == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (int cp : codePoints) {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        }
        return out.append(quote).toString();
    }

    static String str(String text) {
        return str(text.codePoints().toArray());
    }

    /** {@code str.isprintable()} for one character: not a control, format, separator or unassigned one. */
    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    static String bytes(byte[] value) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : value) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder out = new StringBuilder("b").append(quote);
        for (byte b : value) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }

    /** {@code repr(float)}: the shortest digits that round-trip, with a ".0" on integral values. */
    static String floatValue(double value) {
        return shortest(value, true);
    }

    static String complex(double real, double imag) {
        String im = shortest(imag, false);
        if (real == 0 && Math.copySign(1.0, real) > 0) {
            return im + "j";
        }
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + shortest(real, false) + sign + im + "j)";
    }

    private static String shortest(double value, boolean addDotZero) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String sign = Math.copySign(1.0, value) < 0 ? "-" : "";
        if (value == 0) {
            return sign + (addDotZero ? "0.0" : "0");
        }
        BigDecimal exact = new BigDecimal(Math.abs(value));
        BigDecimal rounded = exact;
        for (int precision = 1; precision <= 17; precision++) {
            rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == Math.abs(value)) {
                break;
            }
        }
        rounded = rounded.stripTrailingZeros();
        String digits = rounded.unscaledValue().toString();
        int decpt = digits.length() - rounded.scale();
        return sign + layout(digits, decpt, addDotZero);
    }

    /** Places the point as CPython's 'r' format does: fixed for -4 < decpt <= 16, else exponent. */
    private static String layout(String digits, int decpt, boolean addDotZero) {
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                return "0." + "0".repeat(-decpt) + digits;
            }
            if (decpt >= digits.length()) {
                return digits + "0".repeat(decpt - digits.length()) + (addDotZero ? ".0" : "");
            }
            return digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        int exponent = decpt - 1;
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int magnitude = Math.abs(exponent);
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude < 10 ? "0" : "") + magnitude;
    }
}
