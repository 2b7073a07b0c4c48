package dev.molt.workers.corpus;

/** One Python-version condition from a {@code # molt: python >= 3.12} line. */
public record VersionBound(String operator, int major, int minor) {

    public boolean admits(int actualMajor, int actualMinor) {
        int c = actualMajor != major ? Integer.compare(actualMajor, major) : Integer.compare(actualMinor, minor);
        return switch (operator) {
            case ">=" -> c >= 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            case "<" -> c < 0;
            case "==" -> c == 0;
            case "!=" -> c != 0;
            default -> throw new IllegalStateException(operator);
        };
    }

    @Override
    public String toString() {
        return operator + " " + major + "." + minor;
    }
}
