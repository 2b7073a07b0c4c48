package dev.molt.workers.oracle;

/** The oracle cannot be used: no CPython 3.12, or its cache is unusable. */
public final class OracleException extends RuntimeException {
    public OracleException(String message) {
        super(message);
    }
}
