package dev.molt.compiler.semantic;

/** CPython's {@code _Py_block_ty}; codes and labels match {@code _symtable} and {@code symtable}. */
public enum ScopeType {
    FUNCTION(0, "function"),
    CLASS(1, "class"),
    MODULE(2, "module"),
    /** Only under {@code from __future__ import annotations}; never listed among children. */
    ANNOTATION(3, "annotation"),
    TYPE_VAR_BOUND(4, "TypeVar bound"),
    TYPE_ALIAS(5, "type alias"),
    TYPE_PARAMETERS(6, "type parameter");

    private final int code;
    private final String label;

    ScopeType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    /** {@code _symtable}'s TYPE_* constant. */
    public int code() {
        return code;
    }

    /** What {@code symtable.SymbolTable.get_type()} returns. */
    public String label() {
        return label;
    }

    /** {@code _PyST_IsFunctionLike}: every scope that behaves like a function body. */
    public boolean isFunctionLike() {
        return this != CLASS && this != MODULE;
    }
}
