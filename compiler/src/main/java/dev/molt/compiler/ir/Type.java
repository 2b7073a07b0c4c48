package dev.molt.compiler.ir;

/** The IR's value types: a boxed object reference, or an unboxed machine value. */
public enum Type {
    OBJ, I64, F64, BOOL;

    public String text() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
