package dev.molt.compiler.ast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}: the shortest decimal string that reads back as the same double,
 * laid out as CPython's {@code PyOS_double_to_string(x, 'r', 0, flags)} does. Java 17's
 * {@link Double#toString} is not always shortest (fixed only in JDK 19), so the digits are searched
 * for here: for each length, the two neighbouring decimals of that many digits are tried.
 */
final class FloatRepr {
    /** CPython switches to exponent notation outside 1e-4 <= |x| < 1e16. */
    private static final int MIN_FIXED_DECPT = -3;
    private static final int MAX_FIXED_DECPT = 16;

    private FloatRepr() {
    }

    /** {@code repr(x)} for a float: {@code 1.0}, {@code 1e+16}, {@code -inf}, {@code nan}. */
    static void appendFloat(StringBuilder out, double x) {
        append(out, x, true, false);
    }

    /**
     * Formats one part of a complex number: no {@code .0} is added, and with {@code forceSign} a
     * {@code +} precedes non-negative values (and nan), as for the imaginary part of {@code (1+2j)}.
     */
    static void appendComplexPart(StringBuilder out, double x, boolean forceSign) {
        append(out, x, false, forceSign);
    }

    private static void append(StringBuilder out, double x, boolean addDot0, boolean forceSign) {
        if (Double.isNaN(x)) {
            out.append(forceSign ? "+nan" : "nan");
            return;
        }
        boolean negative = Double.doubleToRawLongBits(x) < 0;
        if (negative) {
            out.append('-');
        } else if (forceSign) {
            out.append('+');
        }
        if (Double.isInfinite(x)) {
            out.append("inf");
            return;
        }
        Decimal decimal = shortest(Math.abs(x));
        if (decimal.decpt <= MIN_FIXED_DECPT - 1 || decimal.decpt > MAX_FIXED_DECPT) {
            appendExponent(out, decimal);
        } else {
            appendFixed(out, decimal, addDot0);
        }
    }

    private static void appendExponent(StringBuilder out, Decimal decimal) {
        String digits = decimal.digits;
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        int exponent = decimal.decpt - 1;
        out.append('e').append(exponent < 0 ? '-' : '+');
        int magnitude = Math.abs(exponent);
        if (magnitude < 10) {
            out.append('0');
        }
        out.append(magnitude);
    }

    private static void appendFixed(StringBuilder out, Decimal decimal, boolean addDot0) {
        String digits = decimal.digits;
        int decpt = decimal.decpt;
        if (decpt <= 0) {
            out.append("0.");
            for (int i = decpt; i < 0; i++) {
                out.append('0');
            }
            out.append(digits);
        } else if (decpt < digits.length()) {
            out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
        } else {
            out.append(digits);
            for (int i = digits.length(); i < decpt; i++) {
                out.append('0');
            }
            if (addDot0) {
                out.append(".0");
            }
        }
    }

    /** The value is 0.digits × 10^decpt, digits without trailing zeros. */
    private record Decimal(String digits, int decpt) {
        static Decimal of(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            String digits = stripped.unscaledValue().toString();
            return new Decimal(digits, digits.length() - stripped.scale());
        }
    }

    /** Shortest round-tripping digits of a positive finite double (or zero). */
    private static Decimal shortest(double magnitude) {
        if (magnitude == 0) {
            return new Decimal("0", 1);
        }
        Decimal quick = magnitude >= Double.MIN_NORMAL ? fromJavaString(magnitude) : null;
        return quick != null ? quick : searchShortest(magnitude);
    }

    /**
     * Java's own digits, when they are provably Python's: Double.toString always reads back as the
     * same double but may be longer than needed. With at most 15 significant digits (DBL_DIG) it is
     * shortest all the same, since two distinct decimals that short never round to the same normal
     * double (subnormals have fewer bits, so they always take the search).
     */
    private static Decimal fromJavaString(double magnitude) {
        String text = Double.toString(magnitude);
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(text, e + 1, text.length(), 10);
        int dot = mantissa.indexOf('.');
        String allDigits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int first = 0;
        while (first < allDigits.length() - 1 && allDigits.charAt(first) == '0') {
            first++;
        }
        int end = allDigits.length();
        while (end > first + 1 && allDigits.charAt(end - 1) == '0') {
            end--;
        }
        if (end - first > 15 || Double.parseDouble(text) != magnitude) {
            return null;
        }
        return new Decimal(allDigits.substring(first, end), dot + exponent - first);
    }

    /**
     * A 41-digit stand-in for an exact binary value that may run to 767 digits: it rounds (floor,
     * ceiling, half-even) to the same result at every precision up to 40, because it lies strictly
     * inside the same gap between 40-digit neighbours as the exact value, or is the exact value.
     */
    private static BigDecimal stickyApproximation(BigDecimal exact) {
        BigDecimal truncated = exact.round(new MathContext(40, RoundingMode.FLOOR));
        if (truncated.compareTo(exact) == 0) {
            return exact;
        }
        return truncated.add(truncated.ulp().movePointLeft(1));
    }

    private static Decimal searchShortest(double magnitude) {
        BigDecimal exact = stickyApproximation(new BigDecimal(magnitude));
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal below = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal above = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean belowFits = below.doubleValue() == magnitude;
            boolean aboveFits = above.doubleValue() == magnitude;
            if (belowFits && aboveFits) {
                return Decimal.of(exact.round(new MathContext(precision, RoundingMode.HALF_EVEN)));
            } else if (belowFits) {
                return Decimal.of(below);
            } else if (aboveFits) {
                return Decimal.of(above);
            }
        }
        return Decimal.of(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }
}
