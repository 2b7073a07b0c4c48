package dev.molt.compiler.ast;

/** CPython's ast.cmpop; a node without fields, dumped as {@code Name()}. */
public enum CmpOperator {
    Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn
}
