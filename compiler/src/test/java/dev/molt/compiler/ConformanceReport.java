package dev.molt.compiler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tallies per-file outcomes of the stdlib conformance run and renders the summary. */
final class ConformanceReport {
    private static final int SHOWN_MISMATCHES = 10;
    private static final int SHOWN_CATEGORIES = 15;
    private static final int CONTEXT = 70;

    /** A file where Molt and CPython disagree; the category groups similar failures. */
    record Mismatch(String path, String category, String detail) {
    }

    private int files;
    private int matched;
    private int rejectedAndMatched;
    private final List<Mismatch> mismatches = new ArrayList<>();

    synchronized void matched() {
        files++;
        matched++;
    }

    synchronized void rejectedAndMatched() {
        files++;
        rejectedAndMatched++;
    }

    synchronized void mismatch(Mismatch mismatch) {
        files++;
        mismatches.add(mismatch);
    }

    synchronized List<Mismatch> mismatches() {
        return List.copyOf(mismatches);
    }

    synchronized String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("stdlib conformance: %d files, %d matched, %d mismatched, %d rejected-and-matched%n",
                files, matched, mismatches.size(), rejectedAndMatched));
        if (mismatches.isEmpty()) {
            return out.toString();
        }
        List<Mismatch> sorted = new ArrayList<>(mismatches);
        sorted.sort(Comparator.comparing(Mismatch::path));
        out.append("top mismatch categories:\n");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mismatch mismatch : sorted) {
            counts.merge(mismatch.category(), 1, Integer::sum);
        }
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(SHOWN_CATEGORIES)
                .forEach(e -> out.append(String.format("  %5d  %s%n", e.getValue(), e.getKey())));
        out.append("first mismatches:\n");
        for (Mismatch mismatch : sorted.subList(0, Math.min(SHOWN_MISMATCHES, sorted.size()))) {
            out.append("  ").append(mismatch.path()).append(": ").append(mismatch.detail()).append('\n');
        }
        return out.toString();
    }

    /** Describes where two dumps first differ, with context from both. */
    static Mismatch dumpDifference(String path, String expected, String actual) {
        int position = firstDifference(expected, actual);
        String detail = "dumps differ at char " + position + " (of " + expected.length() + " / " + actual.length() + ")"
                + "\n      cpython: " + excerpt(expected, position) + "\n      molt:    " + excerpt(actual, position);
        return new Mismatch(path, "dump differs in " + enclosingField(expected, position), detail);
    }

    static int firstDifference(String a, String b) {
        int limit = Math.min(a.length(), b.length());
        for (int i = 0; i < limit; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return limit;
    }

    private static String excerpt(String text, int position) {
        int start = Math.max(0, position - CONTEXT);
        int end = Math.min(text.length(), position + CONTEXT);
        return (start > 0 ? "…" : "") + text.substring(start, position) + "⟦" + text.substring(position, end)
                + (end < text.length() ? "…" : "");
    }

    /**
     * The node class and field the difference sits in, e.g. {@code Constant.value}: scanning back,
     * the first {@code field=} and the first {@code Name(} not closed before the position. Parens
     * inside string constants can mislead it; it only groups failures for the summary.
     */
    static String enclosingField(String dump, int position) {
        int depth = 0;
        String field = null;
        for (int i = Math.min(position, dump.length()) - 1; i >= 0; i--) {
            char c = dump.charAt(i);
            if (c == ')' || c == ']') {
                depth++;
            } else if ((c == '(' || c == '[') && depth > 0) {
                depth--;
            } else if (c == '(') {
                return identifierBefore(dump, i) + (field == null ? "" : "." + field);
            } else if (c == '=' && depth == 0 && field == null) {
                field = identifierBefore(dump, i);
            }
        }
        return "?";
    }

    private static String identifierBefore(String text, int end) {
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }
}
