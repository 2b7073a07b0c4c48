package dev.molt.compiler.syntax;

import dev.molt.compiler.syntax.PythonSyntaxError.Kind;

/**
 * CPython's verify_identifier for a name containing non-ASCII chars: undecodable bytes give the
 * "(unicode error)" SyntaxError, and the first char that is not XID_Start (first position) or
 * XID_Continue gives "invalid character" (the parser, not the tokenizer, applies NFKC).
 */
final class IdentifierCheck {

    private IdentifierCheck() {
    }

    /** Checks the name tok.s[start, tok.pos); throws the error CPython raises for it. */
    static void verify(Tokenizer tok, int start) {
        String s = tok.s;
        int end = tok.pos;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF && (i == start || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                byte[] bytes = SourceText.originalBytes(s, start, end);
                Utf8Errors.Error e = Utf8Errors.describe(bytes);
                throw tok.parserError(Kind.SyntaxError, "(unicode error) " + e.message(), tok.lineno,
                        tok.byteCol(end), tok.lineno, -1);
            }
        }
        int i = start;
        boolean first = true;
        while (i < end) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean ok = first ? isStart(cp) : isContinue(cp);
            if (!ok) {
                int cur = next < end ? next : end;
                String msg = UnicodeClasses.isPrintable(cp)
                        ? String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp)
                        : String.format("invalid non-printable character U+%04X", cp);
                tok.pos = cur;
                throw tok.errorAt(msg, cur);
            }
            first = false;
            i = next;
        }
    }

    private static boolean isStart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        }
        return UnicodeClasses.isXidStart(cp);
    }

    private static boolean isContinue(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return UnicodeClasses.isXidContinue(cp);
    }
}
