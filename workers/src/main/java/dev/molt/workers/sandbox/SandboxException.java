package dev.molt.workers.sandbox;

/** The sandbox itself failed (launcher missing, unbuildable, or reporting nonsense). */
public final class SandboxException extends RuntimeException {
    public SandboxException(String message) {
        super(message);
    }

    public SandboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
