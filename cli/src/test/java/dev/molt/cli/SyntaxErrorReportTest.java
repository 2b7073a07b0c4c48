package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.compiler.syntax.PythonSyntaxError;
import dev.molt.compiler.syntax.PythonSyntaxError.Kind;
import org.junit.jupiter.api.Test;

/** Expected texts are what CPython 3.12.1 prints for {@code python3.12 bad.py}. */
class SyntaxErrorReportTest {

    @Test
    void stripsIndentationAndPlacesTheCaret() {
        var error = new PythonSyntaxError(Kind.SyntaxError, "'(' was never closed", 2, 6, 2, 7, "\tx = (1,");
        assertEquals("""
                  File "bad.py", line 2
                    x = (1,
                        ^
                SyntaxError: '(' was never closed
                """, SyntaxErrorReport.render(error, "bad.py"));
    }

    @Test
    void underlinesTheWholeRange() {
        var error = new PythonSyntaxError(Kind.SyntaxError, "invalid syntax. Perhaps you forgot a comma?",
                2, 2, 2, 5, " 2 3]");
        assertEquals("""
                  File "bad3.py", line 2
                    2 3]
                    ^^^
                SyntaxError: invalid syntax. Perhaps you forgot a comma?
                """, SyntaxErrorReport.render(error, "bad3.py"));
    }

    @Test
    void namesTheExceptionClass() {
        var error = new PythonSyntaxError(Kind.IndentationError,
                "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5, "pass");
        assertEquals("""
                  File "bad4.py", line 2
                    pass
                    ^
                IndentationError: expected an indented block after 'if' statement on line 1
                """, SyntaxErrorReport.render(error, "bad4.py"));
    }

    @Test
    void errorsWithoutALineNameTheFileAfterTheMessage() {
        var error = new PythonSyntaxError(Kind.SyntaxError, "unknown encoding: uft-8", 0, -1, 0, -1, null);
        assertEquals("SyntaxError: unknown encoding: uft-8 (bad_coding.py)\n",
                SyntaxErrorReport.render(error, "bad_coding.py"));
    }
}
