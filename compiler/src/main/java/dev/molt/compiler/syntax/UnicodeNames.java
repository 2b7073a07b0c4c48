package dev.molt.compiler.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves the name in a {@code \N{...}} escape the way CPython's unicodedata does: character names
 * (case-insensitive), formal name aliases, and the algorithmic Hangul syllable and CJK ideograph names;
 * named sequences are not characters and are rejected.
 */
final class UnicodeNames {

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static final Map<String, Integer> ALIASES = loadAliases();

    private UnicodeNames() {
    }

    /** The code point named {@code name}, or -1. */
    static int lookup(String name) {
        if (name.isEmpty() || Character.isWhitespace(name.charAt(0))
                || Character.isWhitespace(name.charAt(name.length() - 1))) {
            return -1;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        Integer alias = ALIASES.get(upper);
        if (alias != null) {
            return alias;
        }
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            return hangul(upper.substring("HANGUL SYLLABLE ".length()));
        }
        if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            return ideograph(upper.substring("CJK UNIFIED IDEOGRAPH-".length()));
        }
        int cp;
        try {
            cp = Character.codePointOf(upper);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        // Java also accepts its synthesised "BLOCK NAME HEX" names, which CPython does not know.
        String real = Character.getName(cp);
        return real != null && real.equals(upper) ? cp : -1;
    }

    private static int hangul(String syllable) {
        for (int l = 0; l < JAMO_L.length; l++) {
            if (!syllable.startsWith(JAMO_L[l])) {
                continue;
            }
            for (int v = 0; v < JAMO_V.length; v++) {
                if (!syllable.startsWith(JAMO_V[v], JAMO_L[l].length())) {
                    continue;
                }
                int rest = JAMO_L[l].length() + JAMO_V[v].length();
                for (int t = 0; t < JAMO_T.length; t++) {
                    if (syllable.length() == rest + JAMO_T[t].length() && syllable.startsWith(JAMO_T[t], rest)) {
                        return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
                    }
                }
            }
        }
        return -1;
    }

    private static int ideograph(String hex) {
        if (hex.length() < 4 || hex.length() > 5) {
            return -1;
        }
        int cp;
        try {
            cp = Integer.parseInt(hex, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
        String javaName = Character.isValidCodePoint(cp) ? Character.getName(cp) : null;
        return javaName != null && javaName.startsWith("CJK UNIFIED IDEOGRAPHS") ? cp : -1;
    }

    private static Map<String, Integer> loadAliases() {
        Map<String, Integer> aliases = new HashMap<>();
        try (InputStream in = UnicodeNames.class.getResourceAsStream("name-aliases.txt")) {
            if (in == null) {
                return aliases;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int semicolon = line.indexOf(';');
                if (!line.startsWith("#") && semicolon > 0) {
                    aliases.put(line.substring(0, semicolon), Integer.parseInt(line.substring(semicolon + 1), 16));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return aliases;
    }
}
