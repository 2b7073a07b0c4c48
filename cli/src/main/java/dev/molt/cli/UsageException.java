package dev.molt.cli;

/** An error the user can fix by changing the command line or the input files: exit status 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}
