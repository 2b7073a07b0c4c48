package dev.molt.compiler.ast;

/** CPython's ast.boolop; a node without fields, dumped as {@code Name()}. */
public enum BoolOperator {
    And, Or
}
