package dev.molt.compiler.syntax;

/** CPython's operator tables ({@code _PyToken_OneChar/TwoChars/ThreeChars}); null means "no token". */
final class Operators {

    private Operators() {
    }

    static TokenKind oneChar(int c) {
        return switch (c) {
            case '!' -> TokenKind.EXCLAMATION;
            case '%' -> TokenKind.PERCENT;
            case '&' -> TokenKind.AMPER;
            case '(' -> TokenKind.LPAR;
            case ')' -> TokenKind.RPAR;
            case '*' -> TokenKind.STAR;
            case '+' -> TokenKind.PLUS;
            case ',' -> TokenKind.COMMA;
            case '-' -> TokenKind.MINUS;
            case '.' -> TokenKind.DOT;
            case '/' -> TokenKind.SLASH;
            case ':' -> TokenKind.COLON;
            case ';' -> TokenKind.SEMI;
            case '<' -> TokenKind.LESS;
            case '=' -> TokenKind.EQUAL;
            case '>' -> TokenKind.GREATER;
            case '@' -> TokenKind.AT;
            case '[' -> TokenKind.LSQB;
            case ']' -> TokenKind.RSQB;
            case '^' -> TokenKind.CIRCUMFLEX;
            case '{' -> TokenKind.LBRACE;
            case '|' -> TokenKind.VBAR;
            case '}' -> TokenKind.RBRACE;
            case '~' -> TokenKind.TILDE;
            default -> null;
        };
    }

    /** Two-char operators; note {@code <>} is NOTEQUAL, as in CPython (the parser rejects it). */
    static TokenKind twoChars(int c1, int c2) {
        switch (c1) {
            case '!':
                return c2 == '=' ? TokenKind.NOTEQUAL : null;
            case '%':
                return c2 == '=' ? TokenKind.PERCENTEQUAL : null;
            case '&':
                return c2 == '=' ? TokenKind.AMPEREQUAL : null;
            case '*':
                return c2 == '*' ? TokenKind.DOUBLESTAR : c2 == '=' ? TokenKind.STAREQUAL : null;
            case '+':
                return c2 == '=' ? TokenKind.PLUSEQUAL : null;
            case '-':
                return c2 == '=' ? TokenKind.MINEQUAL : c2 == '>' ? TokenKind.RARROW : null;
            case '/':
                return c2 == '/' ? TokenKind.DOUBLESLASH : c2 == '=' ? TokenKind.SLASHEQUAL : null;
            case ':':
                return c2 == '=' ? TokenKind.COLONEQUAL : null;
            case '<':
                return c2 == '<' ? TokenKind.LEFTSHIFT : c2 == '=' ? TokenKind.LESSEQUAL
                        : c2 == '>' ? TokenKind.NOTEQUAL : null;
            case '=':
                return c2 == '=' ? TokenKind.EQEQUAL : null;
            case '>':
                return c2 == '=' ? TokenKind.GREATEREQUAL : c2 == '>' ? TokenKind.RIGHTSHIFT : null;
            case '@':
                return c2 == '=' ? TokenKind.ATEQUAL : null;
            case '^':
                return c2 == '=' ? TokenKind.CIRCUMFLEXEQUAL : null;
            case '|':
                return c2 == '=' ? TokenKind.VBAREQUAL : null;
            default:
                return null;
        }
    }

    static TokenKind threeChars(int c1, int c2, int c3) {
        if (c3 != '=') {
            return null;
        }
        if (c1 == '*' && c2 == '*') {
            return TokenKind.DOUBLESTAREQUAL;
        }
        if (c1 == '/' && c2 == '/') {
            return TokenKind.DOUBLESLASHEQUAL;
        }
        if (c1 == '<' && c2 == '<') {
            return TokenKind.LEFTSHIFTEQUAL;
        }
        if (c1 == '>' && c2 == '>') {
            return TokenKind.RIGHTSHIFTEQUAL;
        }
        return null;
    }
}
