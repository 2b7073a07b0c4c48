package dev.molt.compiler.syntax;

import java.text.Normalizer;
import java.util.Set;

/** Python's reserved words, and identifiers as CPython stores them (NFKC-normalised). */
final class Keywords {

    private static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
            "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
            "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    private Keywords() {
    }

    static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }

    /** The identifier CPython builds from a NAME token: non-ASCII names are NFKC-normalised. */
    static String identifier(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return Normalizer.normalize(name, Normalizer.Form.NFKC);
            }
        }
        return name;
    }
}
