package dev.molt.cli;

import dev.molt.cli.diff.DiffCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code molt} command: entry point, global options and error-to-exit-code policy. */
@Command(name = "molt",
        mixinStandardHelpOptions = true,
        versionProvider = MoltVersion.class,
        description = "Compile Python 3.12 programs to native executables and check them against CPython.",
        subcommands = {BuildCommand.class, RunCommand.class, DebugCommand.class, DiffCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:Success.",
            " 1:Error in the user's program (syntax error, failed comparison).",
            " 2:Usage error or unsupported input.",
            " 3:Internal error in Molt (rerun with --debug for the stack trace)."})
public final class Molt implements Runnable {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show stack traces of internal errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (see molt --help)");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A fully configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Molt());
        cli.setExecutionExceptionHandler(new FailureReport());
        cli.setParameterExceptionHandler(new UsageReport());
        // Everything after the program's path belongs to the program, options included.
        cli.getSubcommands().get("run").setStopAtPositional(true);
        return cli;
    }
}
