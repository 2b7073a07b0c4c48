package dev.molt.compiler.semantic;

/**
 * One name in one scope after analysis. {@code flags} is CPython's full word: the {@link SymbolFlags}
 * bits plus the scope above {@link SymbolFlags#SCOPE_OFFSET}. The predicates follow Python's
 * {@code symtable.Symbol}.
 */
public record Symbol(String name, int flags, boolean moduleScope) {

    public SymbolScope scope() {
        return SymbolScope.ofFlags(flags);
    }

    private boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public boolean isReferenced() {
        return has(SymbolFlags.USE);
    }

    public boolean isParameter() {
        return has(SymbolFlags.DEF_PARAM);
    }

    public boolean isImported() {
        return has(SymbolFlags.DEF_IMPORT);
    }

    public boolean isAnnotated() {
        return has(SymbolFlags.DEF_ANNOT);
    }

    public boolean isAssigned() {
        return has(SymbolFlags.DEF_LOCAL);
    }

    public boolean isNonlocal() {
        return has(SymbolFlags.DEF_NONLOCAL);
    }

    public boolean isTypeParameter() {
        return has(SymbolFlags.DEF_TYPE_PARAM);
    }

    public boolean isComprehensionIterationVariable() {
        return has(SymbolFlags.DEF_COMP_ITER);
    }

    public boolean isDeclaredGlobal() {
        return scope() == SymbolScope.GLOBAL_EXPLICIT;
    }

    public boolean isGlobal() {
        SymbolScope scope = scope();
        return scope == SymbolScope.GLOBAL_IMPLICIT || scope == SymbolScope.GLOBAL_EXPLICIT
                || (moduleScope && has(SymbolFlags.DEF_BOUND));
    }

    public boolean isLocal() {
        SymbolScope scope = scope();
        return scope == SymbolScope.LOCAL || scope == SymbolScope.CELL
                || (moduleScope && has(SymbolFlags.DEF_BOUND));
    }

    public boolean isFree() {
        return scope() == SymbolScope.FREE;
    }

    public boolean isCell() {
        return scope() == SymbolScope.CELL;
    }

    /** Free in some nested function while also bound in this class body. */
    public boolean isFreeInClass() {
        return has(SymbolFlags.DEF_FREE_CLASS);
    }
}
