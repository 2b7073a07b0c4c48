package dev.molt.workers.compare;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Differences the comparison may forgive: NEWLINES maps CRLF and CR to LF; PATHS replaces the test's
 * own path, its directory and the per-run working directory with fixed placeholders.
 */
public enum Normalization {
    NEWLINES, PATHS;

    /** Parses {@code newlines}, {@code paths}, {@code all} or {@code none}, comma-separated. */
    public static Set<Normalization> parse(String spec) {
        Set<Normalization> set = EnumSet.noneOf(Normalization.class);
        for (String part : spec.split(",")) {
            switch (part.strip().toLowerCase(Locale.ROOT)) {
                case "newlines" -> set.add(NEWLINES);
                case "paths" -> set.add(PATHS);
                case "all" -> set.addAll(EnumSet.allOf(Normalization.class));
                case "none", "" -> { }
                default -> throw new IllegalArgumentException(
                        "unknown normalization '" + part.strip() + "' (newlines, paths, all, none)");
            }
        }
        return set;
    }
}
