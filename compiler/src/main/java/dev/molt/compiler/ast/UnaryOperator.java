package dev.molt.compiler.ast;

/** CPython's ast.unaryop; a node without fields, dumped as {@code Name()}. */
public enum UnaryOperator {
    Invert, Not, UAdd, USub
}
