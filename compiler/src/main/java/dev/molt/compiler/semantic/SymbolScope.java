package dev.molt.compiler.semantic;

/** Where a name resolves, as CPython's analysis decides it; codes match {@code _symtable}. */
public enum SymbolScope {
    /** Not yet resolved (only seen before analysis). */
    UNRESOLVED(0),
    LOCAL(1),
    GLOBAL_EXPLICIT(2),
    GLOBAL_IMPLICIT(3),
    FREE(4),
    CELL(5);

    private final int code;

    SymbolScope(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static SymbolScope ofCode(int code) {
        for (SymbolScope scope : values()) {
            if (scope.code == code) {
                return scope;
            }
        }
        throw new IllegalArgumentException("scope code " + code);
    }

    /** The scope encoded in a symbol's full flags word. */
    public static SymbolScope ofFlags(int flags) {
        return ofCode((flags >> SymbolFlags.SCOPE_OFFSET) & SymbolFlags.SCOPE_MASK);
    }
}
