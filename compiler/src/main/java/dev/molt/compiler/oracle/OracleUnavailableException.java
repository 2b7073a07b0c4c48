package dev.molt.compiler.oracle;

/** The CPython 3.12 reference interpreter could not be found or did not answer as expected. */
public final class OracleUnavailableException extends RuntimeException {
    public OracleUnavailableException(String message) {
        super(message);
    }

    public OracleUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
