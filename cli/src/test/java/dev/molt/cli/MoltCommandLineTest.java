package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MoltCommandLineTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void helpAndVersionSucceed() {
        CliRun help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("debug"), help.out());
        assertTrue(help.out().contains("Exit codes"), help.out());
        assertEquals(0, run("--version").status());
        assertEquals(0, run("debug", "--help").status());
        assertEquals(0, run("debug", "ast", "--help").status());
    }

    @Test
    void usageErrorsExitWithTwoAndOneLine() {
        CliRun unknown = run("--no-such-flag");
        assertEquals(ExitStatus.USAGE, unknown.status());
        assertTrue(unknown.err().startsWith("molt: Unknown option: '--no-such-flag'"), unknown.err());

        CliRun missing = run("debug", "ast", "/no/such/file.py");
        assertEquals(ExitStatus.USAGE, missing.status());
        assertEquals("molt: no such file or directory: /no/such/file.py\n", missing.err());

        assertEquals(ExitStatus.USAGE, run().status());
        assertEquals(ExitStatus.USAGE, run("debug").status());
    }
}
