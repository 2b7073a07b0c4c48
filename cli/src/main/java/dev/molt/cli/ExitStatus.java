package dev.molt.cli;

/** The documented exit statuses of every molt command. */
public final class ExitStatus {
    public static final int OK = 0;
    /** The user's program is at fault: a syntax error, a failed comparison. */
    public static final int PROGRAM_ERROR = 1;
    /** Bad command line, unreadable input, or a construct Molt does not support. */
    public static final int USAGE = 2;
    /** A bug in Molt itself. */
    public static final int INTERNAL = 3;

    private ExitStatus() {
    }
}
