package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected texts are CPython 3.12.1's, for the same sources. */
class DebugCommandsTest {

    private static final String ASSIGN_DUMP = "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1,"
            + " col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4,"
            + " end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)],"
            + " type_ignores=[])";

    @TempDir
    Path dir;

    private Path write(String name, String source) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        return file;
    }

    @Test
    void astPrintsOneDumpLinePerFile() throws IOException {
        Path good = write("good.py", "x = 1\n");
        CliRun result = CliRun.of("debug", "ast", good.toString());
        assertEquals(ExitStatus.OK, result.status(), result.err());
        assertEquals(ASSIGN_DUMP + "\n", result.out());
    }

    @Test
    void astReportsSyntaxErrorsAsCPythonDoes() throws IOException {
        Path bad = write("bad.py", "a = 1\nx = (1,\n");
        CliRun result = CliRun.of("debug", "ast", bad.toString());
        assertEquals(ExitStatus.PROGRAM_ERROR, result.status());
        assertEquals("  File \"" + bad + "\", line 2\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n",
                result.err());
    }

    @Test
    void astWritesResultFilesBelowOut() throws IOException {
        write("src/pkg/good.py", "x = 1\n");
        write("src/bad.py", "x = (1,\n");
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("bad.py.ast"), "stale");

        CliRun result = CliRun.of("debug", "ast", "--out", out.toString(), dir.resolve("src").toString());

        assertEquals(ExitStatus.PROGRAM_ERROR, result.status());
        assertEquals(ASSIGN_DUMP + "\n", Files.readString(out.resolve("pkg/good.py.ast")));
        assertEquals("{\"type\": \"SyntaxError\", \"msg\": \"'(' was never closed\", \"lineno\": 1, \"offset\": 5}\n",
                Files.readString(out.resolve("bad.py.err")));
        assertFalse(Files.exists(out.resolve("bad.py.ast")), "a stale result must not survive a failing parse");
        assertEquals("", result.out());
    }

    @Test
    void symtableReportsCompileTimeErrors() throws IOException {
        Path bad = write("nl.py", "def f():\n    nonlocal x\n");
        CliRun result = CliRun.of("debug", "symtable", bad.toString());
        assertEquals(ExitStatus.PROGRAM_ERROR, result.status());
        assertEquals("  File \"" + bad + "\", line 2\n    nonlocal x\n    ^^^^^^^^^^\n"
                + "SyntaxError: no binding for nonlocal 'x' found\n", result.err());
    }

    @Test
    void symtablePrintsScopes() throws IOException {
        Path good = write("closure.py", "def f(a):\n    def g():\n        return a\n    return g\n");
        CliRun result = CliRun.of("debug", "symtable", good.toString());
        assertEquals(ExitStatus.OK, result.status(), result.err());
        assertTrue(result.out().startsWith("# " + good + "\n"), result.out());
        assertTrue(result.out().contains("a: CELL"), result.out());
        assertTrue(result.out().contains("a: FREE"), result.out());
    }
}
