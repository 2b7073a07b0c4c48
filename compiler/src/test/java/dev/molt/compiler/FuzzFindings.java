package dev.molt.compiler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fuzzer's tally: divergences from CPython grouped into categories (quoted names and numbers in
 * messages folded, so one bug is one category), each with its count and shortest examples, plus
 * the divergences excused as known CPython quirks.
 */
final class FuzzFindings {
    /** Examples kept per category; {@code -Dmolt.fuzz.examples=N} keeps more for triage. */
    private static final int EXAMPLES = Integer.getInteger("molt.fuzz.examples", 3);
    private static final int SHOWN_SOURCE = 400;

    /** One mutant on which Molt and CPython disagree. */
    record Divergence(String category, String mutant, String source, String expected, String actual) {
    }

    private int mutants;
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final Map<String, List<Divergence>> divergences = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Integer> excused = new TreeMap<>();
    private final Map<String, Integer> open = new TreeMap<>();

    void outcome(String kind) {
        mutants++;
        outcomes.merge(kind, 1, Integer::sum);
    }

    void excuse(String quirk) {
        excused.merge(quirk, 1, Integer::sum);
    }

    void diverge(Divergence divergence) {
        String category = divergence.category();
        if (FuzzQuirks.OPEN.contains(category)) {
            open.merge(category, 1, Integer::sum);
        }
        counts.merge(category, 1, Integer::sum);
        List<Divergence> examples = divergences.computeIfAbsent(category, key -> new ArrayList<>());
        examples.add(divergence);
        examples.sort(Comparator.comparingInt((Divergence d) -> d.source().length()));
        if (examples.size() > EXAMPLES) {
            examples.remove(examples.size() - 1);
        }
    }

    /** Divergences outside the known open categories: what fails the test. */
    int divergenceCount() {
        return counts.values().stream().mapToInt(Integer::intValue).sum() - openCount();
    }

    private int openCount() {
        return open.values().stream().mapToInt(Integer::intValue).sum();
    }

    Map<String, Integer> excused() {
        return excused;
    }

    /** Folds the specifics out of a message: quoted text and numbers. */
    static String fold(String message) {
        return message.replaceAll("'[^']*'", "'…'").replaceAll("\\d+", "N");
    }

    String summary(String title) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s: %d mutants %s, %d divergences (%d new, %d in known open categories) in %d"
                + " categories, excused %s%n", title, mutants, outcomes, divergenceCount() + openCount(),
                divergenceCount(), openCount(), counts.size(), excused));
        sortedCategories().forEach(category -> out.append(String.format("  %6d %s %s%n", counts.get(category),
                open.containsKey(category) ? "open" : "NEW ", category)));
        return out.toString();
    }

    String details() {
        StringBuilder out = new StringBuilder();
        for (String category : sortedCategories()) {
            out.append(String.format("=== %d  %s%n", counts.get(category), category));
            for (Divergence divergence : divergences.get(category)) {
                String source = divergence.source();
                if (source.length() > SHOWN_SOURCE) {
                    source = source.substring(0, SHOWN_SOURCE) + "…";
                }
                out.append("--- ").append(divergence.mutant()).append('\n').append(source.replace("\r", "\\r"))
                        .append("\n    CPython: ").append(divergence.expected())
                        .append("\n    Molt:    ").append(divergence.actual()).append('\n');
            }
        }
        return out.toString();
    }

    private List<String> sortedCategories() {
        List<String> categories = new ArrayList<>(counts.keySet());
        categories.sort(Comparator.comparingInt((String c) -> -counts.get(c)).thenComparing(c -> c));
        return categories;
    }
}
