package dev.molt.workers.sweep;

/** Where a sweep reports what it is doing; implementations must be thread-safe. */
public interface Progress {
    /** A phase change or notable event, e.g. {@code phase("oracle", "locating CPython")}. */
    void phase(String phase, String message);

    void testDone(TestRecord record, int done, int total);

    void finish();
}
