package dev.molt.compiler.syntax;

import dev.molt.compiler.ast.ConstantValue;
import java.math.BigInteger;

/** Turns the text of a NUMBER token into the int, float or imaginary value CPython gives it. */
final class NumberLiteral {

    private NumberLiteral() {
    }

    static ConstantValue parse(String text) {
        String digits = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        int length = digits.length();
        char last = digits.charAt(length - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValue.Imaginary(Double.parseDouble(digits.substring(0, length - 1)));
        }
        if (length > 1 && digits.charAt(0) == '0') {
            char radix = digits.charAt(1);
            switch (radix) {
                case 'x', 'X':
                    return integer(digits.substring(2), 16);
                case 'o', 'O':
                    return integer(digits.substring(2), 8);
                case 'b', 'B':
                    return integer(digits.substring(2), 2);
                default:
                    break;
            }
        }
        if (isFloat(digits)) {
            return new ConstantValue.Float(Double.parseDouble(digits));
        }
        return integer(digits, 10);
    }

    private static boolean isFloat(String digits) {
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return true;
            }
        }
        return false;
    }

    private static ConstantValue integer(String digits, int radix) {
        if (digits.length() <= 15) {
            return new ConstantValue.Int(BigInteger.valueOf(Long.parseLong(digits, radix)));
        }
        return new ConstantValue.Int(new BigInteger(digits, radix));
    }
}
