package dev.molt.compiler.ast;

/** CPython's ast.expr_context; a node without fields, dumped as {@code Name()}. */
public enum ExprContext {
    Load, Store, Del
}
