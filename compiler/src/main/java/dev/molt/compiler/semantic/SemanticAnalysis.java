package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.Module;
import dev.molt.compiler.syntax.PythonSyntaxError;
import dev.molt.compiler.syntax.SourceText;

/**
 * Everything CPython checks between parsing and bytecode: the symbol table, then the compile-stage
 * errors. A source passes exactly when CPython's {@code compile()} of an accepted parse would.
 */
public final class SemanticAnalysis {
    private SemanticAnalysis() {
    }

    /** Builds the symbol table and runs {@link CompileChecks}; throws the first error CPython reports. */
    public static SymbolTable analyze(Module module, SourceText source, String filename)
            throws PythonSyntaxError {
        SymbolTable table = SymbolTable.build(module, source, filename);
        CompileChecks.run(module, table, source, filename);
        return table;
    }
}
