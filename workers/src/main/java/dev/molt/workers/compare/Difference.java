package dev.molt.workers.compare;

/**
 * The first way the implementation's behaviour differs from the oracle's. For stdout, {@code line}
 * is the 1-based first differing line; {@code expected}/{@code actual} are that line (or the exit
 * status, or the last stderr line).
 */
public record Difference(Aspect aspect, int line, String expected, String actual) {

    public enum Aspect { STDOUT, EXIT_STATUS, STDERR }

    public String describe() {
        return switch (aspect) {
            case STDOUT -> "stdout differs at line " + line + ": expected " + quote(expected) + ", got " + quote(actual);
            case EXIT_STATUS -> "exit status " + actual + ", expected " + expected;
            case STDERR -> "last stderr line " + quote(actual) + ", expected " + quote(expected);
        };
    }

    private static String quote(String s) {
        if (s == null) {
            return "end of output";
        }
        String shown = s.length() > 200 ? s.substring(0, 200) + "…" : s;
        return "'" + shown.replace("\n", "\\n") + "'";
    }
}
