package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.Module;
import dev.molt.compiler.syntax.PythonSyntaxError;
import java.util.function.IntFunction;

/**
 * The SyntaxErrors CPython 3.12 raises in its code generator, after the symbol table is built:
 * 'return' outside function, 'break' outside loop, 'await' outside async function, unreachable or
 * inconsistent match patterns, assignments to __debug__, misplaced starred targets, late
 * {@code from __future__} imports, too deeply nested blocks, and the rest. Reports the first one
 * CPython would, with its message and location.
 */
public final class CompileChecks {
    private CompileChecks() {
    }

    /**
     * Checks {@code module}, whose symbol table is {@code table}. {@code lineText} gives a source line
     * (1-based, without terminator) for error reports; it may be null.
     */
    public static void run(Module module, SymbolTable table, IntFunction<String> lineText, String filename)
            throws PythonSyntaxError {
        new StatementChecker(new ErrorLocator(lineText), table).check(module);
    }
}
