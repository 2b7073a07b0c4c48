package dev.molt.workers.corpus;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The expected-failure manifest: tests that rely on dynamism Molt deliberately does not support
 * (exec, eval and friends). Each line is {@code PATH REASON}; paths are relative to the manifest's
 * directory; {@code #} starts a comment. A listed test that passes is an XPASS and fails the sweep, so
 * stale entries get noticed and removed.
 */
public final class ExpectedFailures {
    public static final ExpectedFailures NONE = new ExpectedFailures(Map.of());

    private final Map<Path, String> reasons;

    private ExpectedFailures(Map<Path, String> reasons) {
        this.reasons = Map.copyOf(reasons);
    }

    public static ExpectedFailures load(Path manifest) {
        Path absolute = manifest.toAbsolutePath().normalize();
        Map<Path, String> reasons = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : TestDiscovery.lines(absolute)) {
            lineNumber++;
            String entry = TestDiscovery.stripComment(line);
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("\\s+", 2);
            if (parts.length < 2) {
                throw new CorpusException(absolute + ":" + lineNumber + ": expected 'PATH REASON'");
            }
            reasons.put(absolute.getParent().resolve(parts[0]).normalize(), parts[1]);
        }
        return new ExpectedFailures(reasons);
    }

    /** The reason a test is expected to fail: its own xfail metadata first, then this manifest. */
    public Optional<String> reasonFor(TestCase test) {
        if (test.metadata().xfail().isPresent()) {
            return test.metadata().xfail();
        }
        return Optional.ofNullable(reasons.get(test.path()));
    }
}
