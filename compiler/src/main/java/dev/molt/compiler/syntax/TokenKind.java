package dev.molt.compiler.syntax;

/**
 * Token kinds the parser sees, named as in CPython's {@code token} module. Comments and
 * non-logical newlines (NL) never reach the parser. Keywords and soft keywords arrive as NAME.
 */
public enum TokenKind {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    FSTRING_START, FSTRING_MIDDLE, FSTRING_END,
    LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE,
    COLON, COMMA, SEMI, DOT, ELLIPSIS, RARROW, COLONEQUAL, EXCLAMATION,
    PLUS, MINUS, STAR, SLASH, DOUBLESLASH, PERCENT, DOUBLESTAR, AT,
    VBAR, AMPER, CIRCUMFLEX, TILDE, LEFTSHIFT, RIGHTSHIFT,
    LESS, GREATER, EQUAL, EQEQUAL, NOTEQUAL, LESSEQUAL, GREATEREQUAL,
    PLUSEQUAL, MINEQUAL, STAREQUAL, SLASHEQUAL, DOUBLESLASHEQUAL, PERCENTEQUAL, DOUBLESTAREQUAL,
    ATEQUAL, VBAREQUAL, AMPEREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL,
    /** A printable char no token starts with ($, ?, backtick): CPython's generic OP, which no rule matches. */
    OP
}
