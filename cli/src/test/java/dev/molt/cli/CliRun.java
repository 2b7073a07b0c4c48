package dev.molt.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** What one in-process {@code molt} invocation printed and returned; shared by the CLI tests. */
public record CliRun(int status, String out, String err) {

    public static CliRun of(String... args) {
        CommandLine cli = Molt.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
