package dev.molt.compiler.syntax;

/**
 * Scans a NUMBER token (CPython's number rules: underscores between digits, 0x/0o/0b, floats,
 * exponents, imaginary suffix) and raises CPython's errors for malformed literals, including
 * "invalid ... literal" when a literal runs into a name ({@code 1x}), except before the keywords
 * CPython only warns about ({@code 1if}, {@code 0x1for}, ...).
 */
final class NumberScanner {

    private final Tokenizer tok;
    private final String s;

    NumberScanner(Tokenizer tok) {
        this.tok = tok;
        this.s = tok.s;
    }

    private int nextc() {
        if (tok.pos >= tok.n) {
            return Tokenizer.EOF;
        }
        return s.charAt(tok.pos++);
    }

    private void backup(int c) {
        if (c != Tokenizer.EOF) {
            tok.pos--;
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private PythonSyntaxError error(String msg) {
        return tok.errorAt(msg, tok.pos);
    }

    /** Scans the number starting at start (a digit, or '.' followed by a digit). */
    Token scan(int start) {
        tok.pos = start;
        int c = nextc();
        if (c == '.') {
            c = nextc();
            fraction(c, start);
        } else if (c == '0') {
            zeroPrefixed(start);
        } else {
            c = decimalTail();
            afterIntegerPart(c);
        }
        return tok.token(TokenKind.NUMBER, start, tok.lineno, tok.byteCol(start), tok.pos);
    }

    private void zeroPrefixed(int start) {
        int c = nextc();
        if (c == 'x' || c == 'X') {
            radix(16, "hexadecimal");
        } else if (c == 'o' || c == 'O') {
            radix(8, "octal");
        } else if (c == 'b' || c == 'B') {
            radix(2, "binary");
        } else {
            boolean nonzero = false;
            for (;;) {
                if (c == '_') {
                    c = nextc();
                    if (!isDigit(c)) {
                        backup(c);
                        throw error("invalid decimal literal");
                    }
                }
                if (c != '0') {
                    break;
                }
                c = nextc();
            }
            int zerosEnd = tok.pos;
            if (isDigit(c)) {
                nonzero = true;
                c = decimalTail();
            }
            if (c == '.') {
                fraction(nextc(), start);
            } else if (c == 'e' || c == 'E') {
                exponent(c);
            } else if (c == 'j' || c == 'J') {
                imaginary();
            } else if (nonzero) {
                backup(c);
                int col = tok.byteCol(start) + 1;
                int end = tok.byteCol(zerosEnd);
                throw new PythonSyntaxError(PythonSyntaxError.Kind.SyntaxError,
                        "leading zeros in decimal integer literals are not permitted; "
                                + "use an 0o prefix for octal integers",
                        tok.lineno, col, tok.lineno, end, tok.lineTextFrom(tok.lineStart));
            } else {
                verifyEnd(c, "decimal");
                backup(c);
            }
        }
    }

    /** 0x / 0o / 0b literals; the prefix has been read. */
    private void radix(int radix, String kind) {
        int c = nextc();
        do {
            if (c == '_') {
                c = nextc();
            }
            if (!inRadix(c, radix)) {
                if (radix != 16 && isDigit(c)) {
                    throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                backup(c);
                throw error("invalid " + kind + " literal");
            }
            do {
                c = nextc();
            } while (inRadix(c, radix));
        } while (c == '_');
        if (radix != 16 && isDigit(c)) {
            throw error("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        verifyEnd(c, kind);
        backup(c);
    }

    private static boolean inRadix(int c, int radix) {
        return switch (radix) {
            case 16 -> isHexDigit(c);
            case 8 -> c >= '0' && c <= '7';
            default -> c == '0' || c == '1';
        };
    }

    /** Digits with single underscores between them; returns the first char after them. */
    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') {
                break;
            }
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw error("invalid decimal literal");
            }
        }
        return c;
    }

    private void afterIntegerPart(int c) {
        if (c == '.') {
            fraction(nextc(), -1);
            return;
        }
        exponentOrEnd(c);
    }

    /** c is the char after the '.'. */
    private void fraction(int c, int start) {
        if (isDigit(c)) {
            c = decimalTail();
        }
        exponentOrEnd(c);
    }

    private void exponentOrEnd(int c) {
        if (c == 'e' || c == 'E') {
            exponent(c);
        } else if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            verifyEnd(c, "decimal");
            backup(c);
        }
    }

    private void exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                throw error("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            verifyEnd(e, "decimal");
            backup(e);
            return;
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            imaginary();
        } else {
            verifyEnd(c, "decimal");
            backup(c);
        }
    }

    private void imaginary() {
        int c = nextc();
        verifyEnd(c, "imaginary");
        backup(c);
    }

    /**
     * CPython's verify_end_of_number; c has been read. A literal directly followed by a name char is
     * an error, except before and/else/for/if/in/is/or/not (a warning in CPython).
     */
    private void verifyEnd(int c, String kind) {
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> {
                int c2 = tok.charAt(tok.pos);
                yield c2 == 'f' || c2 == 'n' || c2 == 's';
            }
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (keyword) {
            return;
        }
        if (c < 128 && c != Tokenizer.EOF && Tokenizer.isPotentialIdentifierChar(c)) {
            backup(c);
            throw error("invalid " + kind + " literal");
        }
    }

    /** True if the chars after the current one spell rest and are not followed by a name char. */
    private boolean lookahead(String rest) {
        int p = tok.pos;
        for (int k = 0; k < rest.length(); k++) {
            if (tok.charAt(p + k) != rest.charAt(k)) {
                return false;
            }
        }
        return !Tokenizer.isPotentialIdentifierChar(tok.charAt(p + rest.length()));
    }
}
