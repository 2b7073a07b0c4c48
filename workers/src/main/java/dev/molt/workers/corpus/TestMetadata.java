package dev.molt.workers.corpus;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a test's leading {@code # molt:} comment lines say about it. Empty lists mean "no
 * restriction"; {@code skip} and {@code xfail} hold their reasons.
 */
public record TestMetadata(Optional<String> skip, Optional<String> xfail, List<VersionBound> python,
                           List<String> platforms, List<String> targets, Optional<Duration> timeout) {

    public static final TestMetadata NONE =
            new TestMetadata(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), Optional.empty());

    public TestMetadata {
        python = List.copyOf(python);
        platforms = List.copyOf(platforms);
        targets = List.copyOf(targets);
    }

    /**
     * Why this test does not apply to the given run, or empty when it does.
     *
     * @param pythonMajor the oracle's version
     * @param platform {@code linux}, {@code darwin}, …
     * @param target {@code native} or a target triple
     */
    public Optional<String> notApplicable(int pythonMajor, int pythonMinor, String platform, String target) {
        if (skip.isPresent()) {
            return skip;
        }
        for (VersionBound bound : python) {
            if (!bound.admits(pythonMajor, pythonMinor)) {
                return Optional.of("needs python " + bound);
            }
        }
        if (!platforms.isEmpty() && !platforms.contains(platform)) {
            return Optional.of("platform " + String.join(", ", platforms) + " only");
        }
        if (!targets.isEmpty() && !targets.contains(target)) {
            return Optional.of("target " + String.join(", ", targets) + " only");
        }
        return Optional.empty();
    }
}
