package dev.molt.compiler.ast;

import java.math.BigInteger;
import java.util.Arrays;

/** The value of a {@link Expr.Constant} or {@link Pattern.MatchSingleton}: one of Python's literal types. */
public sealed interface ConstantValue {

    /** Python's {@code None}. */
    record None() implements ConstantValue {
    }

    /** Python's {@code ...}. */
    record Ellipsis() implements ConstantValue {
    }

    record Bool(boolean value) implements ConstantValue {
    }

    record Int(BigInteger value) implements ConstantValue {
    }

    record Float(double value) implements ConstantValue {
    }

    /** An imaginary literal such as {@code 2j}: complex with a zero real part. */
    record Imaginary(double imag) implements ConstantValue {
    }

    /**
     * A str, held as code points rather than a Java String: Python strings may hold lone surrogates
     * side by side ({@code "\ud800\udc00"} is two code points), which UTF-16 would fuse into one.
     */
    record Str(int[] codePoints) implements ConstantValue {
        public static Str of(String text) {
            return new Str(text.codePoints().toArray());
        }

        /** The text as a Java string; lone surrogates survive, adjacent ones read back as a pair. */
        public String text() {
            return new String(codePoints, 0, codePoints.length);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Str str && Arrays.equals(codePoints, str.codePoints);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(codePoints);
        }

        @Override
        public String toString() {
            return "Str[" + text() + "]";
        }
    }

    record Bytes(byte[] value) implements ConstantValue {
        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes bytes && Arrays.equals(value, bytes.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Bytes" + Arrays.toString(value);
        }
    }
}
