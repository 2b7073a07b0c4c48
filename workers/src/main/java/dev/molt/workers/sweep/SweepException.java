package dev.molt.workers.sweep;

/** The sweep cannot proceed (lock not obtained, nothing to resume from, unreadable state). */
public final class SweepException extends RuntimeException {
    public SweepException(String message) {
        super(message);
    }
}
