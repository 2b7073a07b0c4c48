package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MoltCommandLineTest {

    /** What one invocation printed and returned. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cli = Molt.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void helpAndVersionSucceed() {
        Run help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("debug"), help.out());
        assertTrue(help.out().contains("Exit codes"), help.out());
        assertEquals(0, run("--version").status());
        assertEquals(0, run("debug", "--help").status());
        assertEquals(0, run("debug", "ast", "--help").status());
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() {
        Run unknown = run("--no-such-flag");
        assertEquals(ExitStatus.USAGE, unknown.status());
        assertTrue(unknown.err().startsWith("molt: Unknown option: '--no-such-flag'"), unknown.err());

        Run missing = run("debug", "ast", "/no/such/file.py");
        assertEquals(ExitStatus.USAGE, missing.status());
        assertEquals("molt: no such file or directory: /no/such/file.py\n", missing.err());

        assertEquals(ExitStatus.USAGE, run().status());
        assertEquals(ExitStatus.USAGE, run("debug").status());
    }
}
