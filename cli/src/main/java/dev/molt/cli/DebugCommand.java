package dev.molt.cli;

import dev.molt.cli.diff.DebugDiffCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code molt debug}: commands that show the compiler's intermediate forms. */
@Command(name = "debug",
        mixinStandardHelpOptions = true,
        description = "Inspect the compiler's intermediate forms.",
        subcommands = {DebugAstCommand.class, DebugSymtableCommand.class, DebugIrCommand.class, DebugDiffCommand.class})
final class DebugCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (see molt debug --help)");
    }
}
