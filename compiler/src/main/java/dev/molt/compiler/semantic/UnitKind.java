package dev.molt.compiler.semantic;

/**
 * The kind of code object CPython's compiler is emitting at a given point (its
 * {@code u_scope_type}); several of its SyntaxErrors depend on it rather than on the symbol table.
 */
enum UnitKind {
    MODULE,
    CLASS,
    FUNCTION,
    ASYNC_FUNCTION,
    LAMBDA,
    /** A comprehension that keeps its own frame: a generator expression, or one PEP 709 does not inline. */
    COMPREHENSION,
    /** PEP 695 scopes: type parameters, a TypeVar bound, a type alias value. */
    TYPE_PARAMS
}
