package dev.molt.workers.compare;

/** The observable behaviour the comparison looks at, after normalization. */
public record Observed(String stdout, int exitStatus, String lastStderrLine) {
}
