package dev.molt.compiler.semantic;

/** CPython's {@code _Py_comprehension_ty}: which comprehension a function scope implements. */
public enum ComprehensionKind {
    NONE(null),
    LIST("list comprehension"),
    GENERATOR("generator expression"),
    DICT("dict comprehension"),
    SET("set comprehension");

    private final String description;

    ComprehensionKind(String description) {
        this.description = description;
    }

    /** The phrase used in "'yield' inside ..." errors. */
    public String description() {
        return description;
    }
}
