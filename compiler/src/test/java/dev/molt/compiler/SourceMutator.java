package dev.molt.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages a piece of Python source the way hands and editors do: tokens deleted, duplicated,
 * swapped or inserted, lines cut, joined or re-indented, brackets and quotes unbalanced. The source
 * is split into rough lexemes (a regular expression, not Python's tokenizer, so that strings,
 * comments and continuation lines can be torn apart too). Deterministic for a given {@link Random}.
 */
final class SourceMutator {

    /** Rough lexemes: names, numbers, string openers, multi-character operators, line breaks, runs of blanks. */
    private static final Pattern LEXEME = Pattern.compile(
            "[\\p{L}_][\\p{L}\\p{N}_]*|\\d[\\w.]*|\"\"\"|'''|[\"']|\\*\\*=?|//=?|<<=?|>>=?|->|:=|[-+*/%@&|^<>=!]="
                    + "|\\.\\.\\.|\\r?\\n|[ \\t]+|#[^\\n]*|\\\\\\r?\\n|.",
            Pattern.DOTALL);

    /** What a mutation may insert: keywords, operators, brackets, quotes, f-string pieces, odd characters. */
    private static final String[] INSERTS = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        "match", "case", "type", "_", "print", "__debug__", "x", "self", "lambda x:", "lambda *a, **k:",
        "yield from", "async def", "async for", "async with", "await x", "not in", "is not", "except*",
        "(", ")", "[", "]", "{", "}", "()", "[]", "{}", ":", "=", ",", ";", ".", "...", "*", "**", ":=",
        "->", "@", "+", "-", "~", "/", "//", "%", "<", ">", "==", "!=", "<=", "+=", "**=", ">>=", "|", "&",
        "^", "!", "?", "$", "`", "\\", "\\\n", "'", "\"", "'''", "\"\"\"", "f'", "f\"", "rb'", "b'", "u'",
        "f'{", "{x}", "{x!r}", "{x:>10}", "{x=}", "}'", "!r", "!s", ":>{w}", "{{", "}}", "f'{x", "f\"{'a'}\"",
        "\t", "    ", "\n", "\n    ", "\r", "\r\n", "\f", " ", "# c", "0", "1", "0x", "0b2", "1_", "1__0",
        "1e", "1.5j", "0777", "00", "1.", ".5", "1if", "0x_1", "é", "ß", "𝔘", "ǅ", "℘", "·", "\u00a0",
        "\u200b", "€", "\u0000", "\ufeff", "Ⅷ", "１", "if x:", "else:", "try:", "def f():", "class C:",
        "case _:", "match x:", "for x in y:", "while 1:", "return x", "global x", "nonlocal x", "del x",
        "*x", "**x", "x := 1", "(x := 1)", "type X = int", "[T]", "[*Ts]", "[**P]",
    };

    private final Random random;

    SourceMutator(Random random) {
        this.random = random;
    }

    /** One to three mutations of {@code seed}. */
    String mutate(String seed) {
        List<String> lexemes = lex(seed);
        int count = 1 + (random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0);
        for (int i = 0; i < count; i++) {
            mutateOnce(lexemes);
        }
        return String.join("", lexemes);
    }

    static List<String> lex(String source) {
        List<String> lexemes = new ArrayList<>();
        Matcher matcher = LEXEME.matcher(source);
        while (matcher.find()) {
            lexemes.add(matcher.group());
        }
        return lexemes;
    }

    private void mutateOnce(List<String> lexemes) {
        if (lexemes.isEmpty()) {
            lexemes.add(pick(INSERTS));
            return;
        }
        switch (random.nextInt(14)) {
            case 0, 1 -> lexemes.remove(solid(lexemes));
            case 2 -> {
                int at = solid(lexemes);
                lexemes.add(at, lexemes.get(at));
            }
            case 3 -> swapNeighbours(lexemes);
            case 4, 5, 6 -> lexemes.add(random.nextInt(lexemes.size() + 1), spaced(pick(INSERTS)));
            case 7 -> lexemes.set(solid(lexemes), pick(INSERTS));
            case 8 -> cutLine(lexemes);
            case 9 -> reindent(lexemes);
            case 10 -> joinLines(lexemes);
            case 11 -> unbalance(lexemes);
            case 12 -> lexemes.add(random.nextInt(lexemes.size() + 1), "\n");
            default -> duplicateLine(lexemes);
        }
    }

    private String spaced(String insert) {
        return switch (random.nextInt(3)) {
            case 0 -> insert;
            case 1 -> " " + insert + " ";
            default -> insert + " ";
        };
    }

    /** An index, preferring lexemes that are not blanks. */
    private int solid(List<String> lexemes) {
        for (int attempt = 0; attempt < 8; attempt++) {
            int at = random.nextInt(lexemes.size());
            if (!lexemes.get(at).isBlank()) {
                return at;
            }
        }
        return random.nextInt(lexemes.size());
    }

    private void swapNeighbours(List<String> lexemes) {
        int at = solid(lexemes);
        int other = at + 1;
        while (other < lexemes.size() && lexemes.get(other).isBlank()) {
            other++;
        }
        if (other < lexemes.size()) {
            String first = lexemes.get(at);
            lexemes.set(at, lexemes.get(other));
            lexemes.set(other, first);
        }
    }

    private List<Integer> lineStarts(List<String> lexemes) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < lexemes.size(); i++) {
            if (lexemes.get(i).endsWith("\n") && i + 1 < lexemes.size()) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** Truncates the source at a random lexeme, or drops one whole line. */
    private void cutLine(List<String> lexemes) {
        if (random.nextBoolean()) {
            lexemes.subList(random.nextInt(lexemes.size()), lexemes.size()).clear();
            return;
        }
        List<Integer> starts = lineStarts(lexemes);
        int line = random.nextInt(starts.size());
        int end = line + 1 < starts.size() ? starts.get(line + 1) : lexemes.size();
        lexemes.subList(starts.get(line), end).clear();
    }

    private void duplicateLine(List<String> lexemes) {
        List<Integer> starts = lineStarts(lexemes);
        int line = random.nextInt(starts.size());
        int end = line + 1 < starts.size() ? starts.get(line + 1) : lexemes.size();
        List<String> copy = new ArrayList<>(lexemes.subList(starts.get(line), end));
        if (copy.isEmpty() || !copy.get(copy.size() - 1).endsWith("\n")) {
            copy.add("\n");
        }
        lexemes.addAll(starts.get(line), copy);
    }

    /** Changes one line's indentation: deeper, shallower, or with a tab. */
    private void reindent(List<String> lexemes) {
        List<Integer> starts = lineStarts(lexemes);
        int start = starts.get(random.nextInt(starts.size()));
        String indent = start < lexemes.size() && lexemes.get(start).isBlank() && !lexemes.get(start).contains("\n")
                ? lexemes.remove(start) : "";
        String changed = switch (random.nextInt(5)) {
            case 0 -> indent + " ";
            case 1 -> indent + "    ";
            case 2 -> indent.isEmpty() ? "\t" : indent.substring(1);
            case 3 -> "\t" + indent;
            default -> indent.replace("    ", "\t");
        };
        if (!changed.isEmpty()) {
            lexemes.add(start, changed);
        }
    }

    /** Removes a line break, optionally leaving a backslash or a semicolon in its place. */
    private void joinLines(List<String> lexemes) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i < lexemes.size(); i++) {
            if (lexemes.get(i).endsWith("\n")) {
                breaks.add(i);
            }
        }
        if (breaks.isEmpty()) {
            return;
        }
        int at = breaks.get(random.nextInt(breaks.size()));
        String[] joins = {" ", "", "; ", " \\\n"};
        lexemes.set(at, joins[random.nextInt(joins.length)]);
        while (at + 1 < lexemes.size() && lexemes.get(at + 1).isBlank() && !lexemes.get(at + 1).contains("\n")) {
            lexemes.remove(at + 1);
        }
    }

    /** Deletes a bracket or quote, or inserts a lone one. */
    private void unbalance(List<String> lexemes) {
        List<Integer> delimiters = new ArrayList<>();
        for (int i = 0; i < lexemes.size(); i++) {
            if ("()[]{}'\"".contains(lexemes.get(i)) || lexemes.get(i).equals("'''") || lexemes.get(i).equals("\"\"\"")) {
                delimiters.add(i);
            }
        }
        if (!delimiters.isEmpty() && random.nextBoolean()) {
            int at = delimiters.get(random.nextInt(delimiters.size()));
            lexemes.remove(at);
        } else {
            String[] lone = {"(", ")", "[", "]", "{", "}", "'", "\"", "'''", "\"\"\""};
            lexemes.add(random.nextInt(lexemes.size() + 1), pick(lone));
        }
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
