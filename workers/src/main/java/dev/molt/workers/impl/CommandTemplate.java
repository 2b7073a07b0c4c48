package dev.molt.workers.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A command line with placeholders such as {@code {src}} and {@code {exe}}, e.g.
 * {@code pypy3 {src}}. It is split into words once (whitespace separates words; single and double
 * quotes group; no other shell syntax), and placeholders are replaced inside words afterwards, so
 * a path with spaces stays one argument.
 */
public record CommandTemplate(String text, List<String> words) {

    public CommandTemplate {
        words = List.copyOf(words);
    }

    public static CommandTemplate parse(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unterminated quote in command: " + text);
        }
        if (word != null) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty command");
        }
        return new CommandTemplate(text, words);
    }

    public boolean mentions(String placeholder) {
        return words.stream().anyMatch(w -> w.contains("{" + placeholder + "}"));
    }

    /** @throws IllegalArgumentException for a placeholder with no value */
    public List<String> expand(Map<String, String> values) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            StringBuilder expanded = new StringBuilder();
            int i = 0;
            while (i < w.length()) {
                int open = w.indexOf('{', i);
                int close = open < 0 ? -1 : w.indexOf('}', open);
                if (open < 0 || close < 0) {
                    expanded.append(w, i, w.length());
                    break;
                }
                String name = w.substring(open + 1, close);
                String value = values.get(name);
                if (value == null) {
                    throw new IllegalArgumentException("unknown placeholder {" + name + "} in: " + text
                            + " (known: " + String.join(", ", values.keySet().stream().sorted().toList()) + ")");
                }
                expanded.append(w, i, open).append(value);
                i = close + 1;
            }
            out.add(expanded.toString());
        }
        return out;
    }

    @Override
    public String toString() {
        return text;
    }
}
