package dev.molt.compiler.lower;

import dev.molt.compiler.ir.SourceSpan;

/** A construct the compiler does not handle yet: reported as {@code file:line:col: unsupported: what}. */
public final class UnsupportedConstruct extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient SourceSpan where;
    private final String construct;

    public UnsupportedConstruct(SourceSpan where, String construct) {
        super(where + ": unsupported: " + construct);
        this.where = where;
        this.construct = construct;
    }

    public SourceSpan where() {
        return where;
    }

    public String construct() {
        return construct;
    }
}
