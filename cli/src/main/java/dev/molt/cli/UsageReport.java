package dev.molt.cli;

import picocli.CommandLine;

/** Reports a command-line mistake as one line plus a pointer to help; exit status 2. */
final class UsageReport implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("molt: " + ex.getMessage());
        cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        cmd.getErr().flush();
        return ExitStatus.USAGE;
    }
}
