package dev.molt.workers.compare;

import java.util.Optional;

/**
 * The differential verdict: stdout must match exactly, the exit status must match, and on a
 * non-zero exit the last stderr line (exception type and message) must match too.
 */
public final class Comparison {

    private Comparison() {
    }

    public static Optional<Difference> compare(Observed expected, Observed actual) {
        if (!expected.stdout().equals(actual.stdout())) {
            return Optional.of(firstDifferingLine(expected.stdout(), actual.stdout()));
        }
        if (expected.exitStatus() != actual.exitStatus()) {
            return Optional.of(new Difference(Difference.Aspect.EXIT_STATUS, 0,
                    Integer.toString(expected.exitStatus()), Integer.toString(actual.exitStatus())));
        }
        if (expected.exitStatus() != 0 && !expected.lastStderrLine().equals(actual.lastStderrLine())) {
            return Optional.of(new Difference(Difference.Aspect.STDERR, 0,
                    expected.lastStderrLine(), actual.lastStderrLine()));
        }
        return Optional.empty();
    }

    static Difference firstDifferingLine(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int n = Math.min(e.length, a.length);
        for (int i = 0; i < n; i++) {
            if (!e[i].equals(a[i])) {
                // The final element of a split is what follows the last newline; "" means none.
                boolean eMissing = i == e.length - 1 && e[i].isEmpty();
                boolean aMissing = i == a.length - 1 && a[i].isEmpty();
                return new Difference(Difference.Aspect.STDOUT, i + 1, eMissing ? null : e[i], aMissing ? null : a[i]);
            }
        }
        return new Difference(Difference.Aspect.STDOUT, n + 1, n < e.length ? e[n] : null, n < a.length ? a[n] : null);
    }
}
