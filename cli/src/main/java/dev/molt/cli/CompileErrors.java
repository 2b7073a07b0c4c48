package dev.molt.cli;

import dev.molt.compiler.lower.UnsupportedConstruct;
import dev.molt.compiler.syntax.PythonSyntaxError;
import java.io.PrintWriter;

/**
 * How a compile failure in the user's program ends a command: a syntax error as CPython prints it
 * (exit 1), an unsupported construct as {@code file:line:col: unsupported: what} (exit 2).
 */
final class CompileErrors {
    private CompileErrors() {
    }

    static int report(RuntimeException e, String filename, PrintWriter err) {
        if (e instanceof PythonSyntaxError s) {
            err.print(SyntaxErrorReport.render(s, filename));
            err.flush();
            return ExitStatus.PROGRAM_ERROR;
        }
        if (e instanceof UnsupportedConstruct) {
            err.println(e.getMessage());
            err.flush();
            return ExitStatus.USAGE;
        }
        throw e;
    }
}
