package dev.molt.compiler.semantic;

import dev.molt.compiler.ast.Module;
import dev.molt.compiler.ast.Node;
import dev.molt.compiler.syntax.LargeStack;
import dev.molt.compiler.syntax.SourceText;
import java.util.Map;

/**
 * The symbol table of one module, as CPython 3.12 builds it between parsing and code generation
 * (Python/symtable.c; observable through the {@code symtable} module). Raises the SyntaxErrors of
 * that stage only; the errors CPython's code generator raises afterwards ('return' outside function,
 * 'break' outside loop, ...) are {@link CompileChecks}'. {@link SemanticAnalysis} runs both.
 */
public final class SymbolTable {
    private final String filename;
    private final Scope top;
    private final FutureFeatures future;
    private final Map<Object, Scope> scopesByNode;

    private SymbolTable(String filename, Scope top, FutureFeatures future, Map<Object, Scope> scopesByNode) {
        this.filename = filename;
        this.top = top;
        this.future = future;
        this.scopesByNode = scopesByNode;
    }

    /**
     * Builds the table. {@code source} is the text {@code module} was parsed from, for the source
     * line of error reports; it may be null (errors then carry no line text).
     */
    public static SymbolTable build(Module module, SourceText source, String filename) {
        return LargeStack.call(() -> buildHere(module, source, filename));
    }

    private static SymbolTable buildHere(Module module, SourceText source, String filename) {
        ErrorLocator errors = new ErrorLocator(source);
        FutureFeatures future = FutureFeatures.scan(module, errors);
        ScopeBuilder builder = new ScopeBuilder(errors, future.annotations());
        module.accept(builder);
        new ScopeAnalyzer(errors).analyze(builder.top());
        return new SymbolTable(filename, builder.top(), future, builder.scopesByNode());
    }

    public String filename() {
        return filename;
    }

    /** The module scope, named "top". */
    public Scope top() {
        return top;
    }

    public FutureFeatures future() {
        return future;
    }

    /**
     * The scope a node opens: a FunctionDef, AsyncFunctionDef, ClassDef, Lambda, comprehension or
     * TypeAlias node, a TypeVar with a bound, or a def/class/alias's {@code typeParams} list (its
     * PEP 695 type-parameter scope). Null for anything else.
     */
    public Scope scopeOf(Object node) {
        return scopesByNode.get(node);
    }

    /** Convenience for {@link #scopeOf(Object)} on AST nodes. */
    public Scope scopeOf(Node node) {
        return scopesByNode.get(node);
    }

    @Override
    public String toString() {
        return SymbolTableDump.dump(this);
    }
}
