package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.Module;
import dev.molt.compiler.syntax.PythonSyntaxError;
import dev.molt.compiler.syntax.LargeStack;
import dev.molt.compiler.syntax.SourceText;

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
     * Checks {@code module}, whose symbol table is {@code table}. {@code source} is the text it was
     * parsed from, for the source line of error reports; it may be null.
     */
    public static void run(Module module, SymbolTable table, SourceText source, String filename)
            throws PythonSyntaxError {
        LargeStack.call(() -> {
            new StatementChecker(new ErrorLocator(source), table).check(module);
            return null;
        });
    }
}
