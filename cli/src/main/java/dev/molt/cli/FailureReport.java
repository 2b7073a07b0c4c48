package dev.molt.cli;

import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one line on stderr and a documented exit status. The
 * stack trace is shown only with {@code --debug}: users get messages, not Java internals.
 */
final class FailureReport implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        boolean debug = anyDebug(parsed);
        if (debug) {
            ex.printStackTrace(cmd.getErr());
        }
        if (ex instanceof UsageException) {
            cmd.getErr().println("molt: " + ex.getMessage());
            cmd.getErr().flush();
            return ExitStatus.USAGE;
        }
        cmd.getErr().println("molt: internal error: " + ex
                + (debug ? "" : " (rerun with --debug for the stack trace)"));
        cmd.getErr().flush();
        return ExitStatus.INTERNAL;
    }

    private static boolean anyDebug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
